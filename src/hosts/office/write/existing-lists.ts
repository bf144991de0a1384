import { LISTS_SHEET } from "../../../core/workbook-model/sheet-names";
import type { RequestContextLike } from "../excel-api";
import type { ExistingLists } from "./list-sources";
/** A lists sheet larger than this is not read back (its values would be a large answer): a new one is added. */
const MAX_LISTS_CELLS = 50_000;

/**
 * The lists an earlier write left on the hidden lists sheet, column by column from row 1, or undefined
 * when there is no such hidden sheet (or it is too large to read back). Two syncs when it exists, none
 * otherwise.
 */
export async function readExistingLists(
  context: RequestContextLike,
  sheets: { name: string; visibility: string }[],
): Promise<ExistingLists | undefined> {
  const found = sheets.find((s) => s.name.toLowerCase() === LISTS_SHEET && s.visibility === "Hidden");
  if (!found) return undefined;
  const sheet = context.workbook.worksheets.getItem(found.name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { sheet: found.name, columns: [], width: 0 };
  const width = used.columnIndex + used.columnCount;
  if (width * (used.rowIndex + used.rowCount) > MAX_LISTS_CELLS) return undefined;
  // From A1, so that column i of the values is the sheet's column i + 1.
  const all = sheet.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, width);
  all.load("values");
  await context.sync();
  const columns = Array.from({ length: width }, (_, col) => {
    const values: string[] = [];
    for (const row of all.values) {
      const value = row[col];
      if (value === "" || value === null || value === undefined) break;
      values.push(String(value));
    }
    return values;
  });
  return { sheet: found.name, columns, width };
}
