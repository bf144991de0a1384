import type { RangeRef } from "./address";
import type { TablePlan } from "./plan";
import { definedNameProblem, tableColumnProblem } from "./name-rules";
import { fail } from "./plan-error";

/** Excel's built-in table styles; another name makes Excel repair the file. */
const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export function validateTable(table: TablePlan, ref: RangeRef): void {
  const where = `table "${table.name}"`;
  const nameProblem = definedNameProblem(table.name);
  if (nameProblem) fail(`${where}: the name ${nameProblem}`);
  const width = ref.right - ref.left + 1;
  if (width !== table.columns.length) {
    fail(`${where}: ref ${table.ref} is ${width} columns wide but it has ${table.columns.length} columns`);
  }
  if (table.style !== undefined && !TABLE_STYLE.test(table.style)) {
    fail(`${where}: unknown table style "${table.style}"`);
  }
  if (ref.bottom - ref.top + 1 < (table.totalsRow ? 3 : 2)) {
    fail(`${where}: ref ${table.ref} needs a header and at least one data row`);
  }
  const seen = new Set<string>();
  for (const column of table.columns) {
    const problem = tableColumnProblem(column);
    if (problem) fail(`${where}: column "${column}" ${problem}`);
    if (seen.has(column.toLowerCase())) fail(`${where}: duplicate column "${column}"`);
    seen.add(column.toLowerCase());
  }
}
