/** Lays out criteria sheets: a title, a few lines of explanation, then blocks side by side on one header row. */
import type {
  CellBlock,
  CellStyle,
  ListValidation,
  PlanValue,
  SheetPlan,
  StyledRange,
  TablePlan,
} from "../../workbook-model/plan";
import { columnLetters, toA1 } from "../../workbook-model/address";
import type { BlockSpec } from "./block";

export interface SheetBlock {
  spec: BlockSpec<string>;
  rows: Partial<Record<string, PlanValue>>[];
  /** Drop-down values per column key. */
  choices?: Partial<Record<string, readonly string[]>>;
}

export function sheetBlock<K extends string>(
  spec: BlockSpec<K>,
  rows: Partial<Record<K, PlanValue>>[],
  choices: Partial<Record<K, readonly string[]>> = {},
): SheetBlock {
  return { spec, rows, choices };
}

const FONT = "Times New Roman";
const THIN = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;
const HEADER: CellStyle = {
  font: { name: FONT, size: 12, bold: true },
  fill: "D9E1F2",
  horizontal: "center",
  vertical: "middle",
  wrap: true,
  border: THIN,
};

/** Row of the blocks' header: after the title, the explanation and a row for block titles. */
export function headerRowFor(introLines: number): number {
  return introLines === 0 ? 3 : introLines + 4;
}

/** Everything a sheet collects while its blocks are placed. */
interface SheetParts {
  blocks: CellBlock[];
  styles: StyledRange[];
  tables: TablePlan[];
  validations: ListValidation[];
  columnWidths: Record<number, number>;
}

export function criteriaSheet(
  name: string,
  title: string,
  intro: readonly string[],
  blocks: SheetBlock[],
): SheetPlan {
  const headerRow = headerRowFor(intro.length);
  const parts: SheetParts = {
    blocks: [{ origin: "A1", rows: [[title], ...intro.map((line) => [line])] }],
    styles: [{ range: "A1", style: { font: { name: FONT, size: 14, bold: true } } }],
    tables: [],
    validations: [],
    columnWidths: {},
  };
  if (intro.length > 0) {
    parts.styles.push({
      range: `A2:A${intro.length + 1}`,
      style: { font: { name: FONT, size: 11, italic: true } },
    });
  }
  let col = 1;
  for (const block of blocks) {
    placeBlock(parts, block, headerRow, col, blocks.length > 1);
    col += block.spec.columns.length + 1;
  }
  return { name, ...parts, freeze: { rows: headerRow, columns: 0 } };
}

function placeBlock(
  parts: SheetParts,
  block: SheetBlock,
  headerRow: number,
  left: number,
  titled: boolean,
): void {
  const { spec, rows } = block;
  const right = left + spec.columns.length - 1;
  const last = headerRow + Math.max(1, rows.length);
  if (titled) {
    parts.blocks.push({ origin: toA1(headerRow - 1, left), rows: [[spec.title]] });
    parts.styles.push({
      range: toA1(headerRow - 1, left),
      style: { font: { name: FONT, size: 12, bold: true } },
    });
  }
  const headers = spec.columns.map((c) => c.header);
  parts.blocks.push({
    origin: toA1(headerRow, left),
    rows: [headers, ...rows.map((r) => spec.columns.map((c) => r[c.key] ?? null))],
  });
  parts.styles.push({ range: `${toA1(headerRow, left)}:${toA1(headerRow, right)}`, style: HEADER });
  parts.styles.push({
    range: `${toA1(headerRow + 1, left)}:${toA1(last, right)}`,
    style: { font: { name: FONT, size: 12 }, border: THIN, vertical: "top" },
  });
  spec.columns.forEach((c, i) => {
    const letter = columnLetters(left + i);
    const range = `${letter}${headerRow + 1}:${letter}${last}`;
    parts.columnWidths[left + i] = c.width;
    if (c.text || c.wrap) {
      parts.styles.push({
        range,
        style: { ...(c.text ? { numFmt: "@" } : {}), ...(c.wrap ? { wrap: true } : {}) },
      });
    }
    const values = block.choices?.[c.key];
    if (values && values.length > 0) {
      parts.validations.push({
        range,
        values: [...values],
        error: { title: c.header, message: `Chọn một giá trị: ${values.join(", ")}.` },
      });
    }
  });
  parts.tables.push({
    name: spec.table,
    ref: `${toA1(headerRow, left)}:${toA1(last, right)}`,
    columns: headers,
    style: "TableStyleLight9",
    showFilter: true,
  });
}
