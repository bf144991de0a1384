/** Opening a sheet and a block, with the fallbacks and problems the brief asks for. */
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import type { BlockSpec } from "./block";
import { findSheet, readBlock, type SheetGrid } from "./block-read";
import type { ProblemLog } from "./problems";
import { RecordReader } from "./read-context";

/** A missing sheet is a warning: the default part is kept. */
export function openSheet(snapshot: WorkbookSnapshot, name: string, log: ProblemLog): SheetGrid | undefined {
  const grid = findSheet(snapshot, name);
  if (!grid) {
    log.warning({ sheet: name, row: 0 }, "sheet.missing");
  }
  return grid;
}

/** The block's records, or undefined (an error: the default part is kept) when its header row is not found. */
export function openBlock<K extends string>(
  grid: SheetGrid,
  spec: BlockSpec<K>,
  log: ProblemLog,
): RecordReader<K>[] | undefined {
  const block = readBlock(grid, spec);
  if (!block) {
    const headers = spec.columns
      .filter((c) => c.required)
      .map((c) => `“${c.header}”`)
      .join(", ");
    log.error({ sheet: grid.name, row: 0 }, "sheet.no-header-row", {
      headers,
      title: spec.title,
      table: spec.table,
    });
    return undefined;
  }
  return block.records.map((r) => new RecordReader(grid.name, r, log));
}
