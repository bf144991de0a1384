/** Styled ranges of a summary sheet: title, grouped header block, bordered data columns, the totals row. */
import { columnLetters } from "../../workbook-model/address";
import type { StyledRange } from "../../workbook-model/plan";
import { NUMBER_FORMATS } from "./columns";
import type { ColumnGroup, Layout, SummarySheetSpec } from "./sheet-spec";
import { SUBTITLE_ROW, TITLE_ROW } from "./sheet-spec";
import { ALL_BORDERS, BASE, HEADER, OPEN_BOTTOM, OPEN_TOP, SUBTITLE, TITLE, TOTAL } from "./styles";

function groupedColumns(groups: ColumnGroup[]): Set<number> {
  const set = new Set<number>();
  for (const g of groups) for (let c = g.first; c <= g.last; c++) set.add(c);
  return set;
}

/** A column without a group heading reads as one header cell over both rows: no line between them. */
function headerStyles(spec: SummarySheetSpec, layout: Layout): StyledRange[] {
  const grouped = groupedColumns(spec.groups ?? []);
  return spec.columns.flatMap((_, i) => {
    const letter = columnLetters(i + 1);
    const inGroup = grouped.has(i);
    const header: StyledRange = {
      range: `${letter}${layout.headerRow}`,
      style: { ...HEADER, border: layout.groupRow === undefined || inGroup ? ALL_BORDERS : OPEN_TOP },
    };
    if (layout.groupRow === undefined) return [header];
    const group = {
      range: `${letter}${layout.groupRow}`,
      style: { ...HEADER, border: inGroup ? ALL_BORDERS : OPEN_BOTTOM },
    };
    return [group, header];
  });
}

function dataStyles(spec: SummarySheetSpec, layout: Layout): StyledRange[] {
  const styles: StyledRange[] = spec.columns.map((column, i) => {
    const letter = columnLetters(i + 1);
    const centred = column.kind === "date" || column.kind === "year";
    return {
      range: `${letter}${layout.firstRow}:${letter}${layout.bottom}`,
      style: {
        border: ALL_BORDERS,
        numFmt: NUMBER_FORMATS[column.kind],
        wrap: column.kind === "text",
        ...(centred ? { horizontal: "center" as const } : {}),
      },
    };
  });
  for (const o of spec.kindOverrides ?? []) {
    const letter = columnLetters(o.col + 1);
    styles.push({
      range: `${letter}${layout.firstRow + o.firstRow}:${letter}${layout.firstRow + o.lastRow}`,
      style: { numFmt: NUMBER_FORMATS[o.kind] },
    });
  }
  if (spec.totals)
    styles.push({ range: `A${layout.bottom}:${layout.lastCol}${layout.bottom}`, style: TOTAL });
  return styles;
}

export function sheetStyles(spec: SummarySheetSpec, layout: Layout): StyledRange[] {
  const fullWidth = (row: number) => `A${row}:${layout.lastCol}${row}`;
  return [
    { range: `A1:${layout.lastCol}${layout.bottom}`, style: BASE },
    { range: fullWidth(TITLE_ROW), style: TITLE },
    { range: fullWidth(SUBTITLE_ROW), style: SUBTITLE },
    ...headerStyles(spec, layout),
    ...dataStyles(spec, layout),
  ];
}
