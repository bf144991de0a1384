import { parseRange, toA1 } from "../../../core/workbook-model/address";
import { sheetNamedIn, type ReadScope } from "../../../core/workbook-model/read-scope";
import type {
  DefinedNameSnapshot,
  SheetSnapshot,
  SheetVisibility,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../../core/workbook-model/snapshot";
import type { NamedItemLike, RangeLike, RequestContextLike, TableLike } from "../excel-api";
import { MARKS_SHEET } from "../marks/marks-sheet";
import type { NoticeSink } from "../notices";
import type { Supports } from "../requirements";
import { splitAddress } from "../sheet-address";
import { addCells } from "./cells";
import { readBlocks, type Block } from "./read-cells";
import { readMerges } from "./read-merges";

export interface ReadOptions {
  supports: Supports;
  notice?: NoticeSink;
  /** Cells per request (tests make it small). */
  cellsPerRequest?: number;
}

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface SheetParts {
  name: string;
  visibility: SheetVisibility;
  used: RangeLike;
  names: NamedItemLike[];
}

function rangeNames(items: NamedItemLike[], scopeSheet?: string): DefinedNameSnapshot[] {
  return items.flatMap((item) => {
    const target = item.type === "Range" ? splitAddress(String(item.formula)) : undefined;
    if (!target) return [];
    return [{ name: item.name, sheet: target.sheet, ref: target.ref, ...(scopeSheet ? { scopeSheet } : {}) }];
  });
}

/** The snapshot rule: a cell inside a merge other than its top-left is absent. */
function dropCovered(sheet: SheetSnapshot): void {
  for (const merge of sheet.merges) {
    const r = parseRange(merge);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (row !== r.top || col !== r.left) delete sheet.cells[toA1(row, col)];
      }
    }
  }
}

/**
 * Reads the sheets in scope (the active one, every one but the marks record, or those named) as a snapshot
 * in a constant number of syncs: (1) the workbook's sheets, names and tables; (2) each sheet's used range,
 * sheet names and each table's range and columns; (3) the merges, in row bands (see readMerges); (4…) the
 * cells, one sync per CELLS_PER_REQUEST cells. Only the sheets in scope cost more than their name.
 */
export async function readSnapshotWith(
  context: RequestContextLike,
  scope: ReadScope,
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  workbook.load("name");
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const names = workbook.names;
  names.load("items/name,items/type,items/formula");
  const tables = workbook.tables;
  tables.load("items/name,items/showTotals");
  const active = scope === "active" ? workbook.worksheets.getActiveWorksheet() : undefined;
  active?.load("name");
  await context.sync();

  const named = typeof scope === "object" ? sheetNamedIn(scope.sheets) : undefined;
  const inScope = worksheets.items.filter((ws) =>
    active ? ws.name === active.name : ws.name !== MARKS_SHEET && (named?.(ws.name) ?? true),
  );
  const mergesKnown = options.supports("mergedAreas");
  const parts: SheetParts[] = inScope.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    ws.names.load("items/name,items/type,items/formula");
    return { name: ws.name, visibility: VISIBILITY[ws.visibility] ?? "visible", used, names: [] };
  });
  const tableParts = tables.items.map((table) => {
    const range = table.getRange();
    range.load("address");
    table.worksheet.load("name");
    table.columns.load("items/name");
    return { table, range };
  });
  await context.sync();

  inScope.forEach((ws, i) => (parts[i].names = ws.names.items));
  const blocks: Block[] = parts
    .filter((p) => !p.used.isNullObject)
    .map((p) => ({
      sheet: p.name,
      row: p.used.rowIndex,
      column: p.used.columnIndex,
      rows: p.used.rowCount,
      columns: p.used.columnCount,
    }));
  const merges = mergesKnown ? await readMerges(context, blocks) : undefined;
  const data = await readBlocks(context, blocks, options.cellsPerRequest);

  const sheets: SheetSnapshot[] = parts.map((p) => ({
    name: p.name,
    visibility: p.visibility,
    cells: {},
    merges: merges?.get(p.name) ?? [],
  }));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const d of data) {
    const sheet = byName.get(d.block.sheet);
    if (sheet) addCells(sheet.cells, d.block.row + 1, d.block.column + 1, d);
  }
  sheets.forEach(dropCovered);
  if (!merges && blocks.length > 0) {
    options.notice?.({ code: "merges-unknown", count: sheets.length, items: sheets.map((s) => s.name) });
  }

  return {
    fileName: workbook.name,
    sheets,
    names: [...rangeNames(names.items), ...parts.flatMap((p) => rangeNames(p.names, p.name))].filter((n) =>
      byName.has(n.sheet),
    ),
    tables: tableParts.flatMap((t) => tableOf(t.table, t.range)).filter((t) => byName.has(t.sheet)),
  };
}

function tableOf(table: TableLike, range: RangeLike): TableSnapshot[] {
  const target = splitAddress(range.address);
  if (!target) return [];
  return [
    {
      name: table.name,
      sheet: table.worksheet.name,
      ref: target.ref,
      columns: table.columns.items.map((c) => c.name),
      ...(table.showTotals ? { totalsRow: true } : {}),
    },
  ];
}
