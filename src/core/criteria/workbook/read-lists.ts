/** The lists sheet: one row per value (list id, list label, value), in list order. */
import type { ListDef } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import type { ProblemLog } from "./problems";
import { IDENTIFIER } from "./read-context";
import { openBlock, openSheet } from "./read-sheet";
import { CRITERIA_SHEETS, LISTS_BLOCK } from "./sheets";

export function readLists(snapshot: WorkbookSnapshot, base: ListDef[], log: ProblemLog): ListDef[] {
  const grid = openSheet(snapshot, CRITERIA_SHEETS.lists, log);
  const records = grid && openBlock(grid, LISTS_BLOCK, log);
  if (!records) return base;
  const lists = new Map<string, ListDef>();
  for (const r of records) {
    const id = r.required("list", "what.list-id");
    const value = r.required("value", "what.value");
    if (id === undefined || value === undefined) continue;
    if (!IDENTIFIER.test(id)) {
      r.error("list", "lists.bad-id", { id });
      continue;
    }
    let list = lists.get(id);
    if (!list) lists.set(id, (list = { id, label: "", values: [] }));
    if (list.label === "") list.label = r.text("label");
    if (list.values.includes(value)) {
      r.warning("value", "lists.duplicate-value", { value, id });
      continue;
    }
    list.values.push(value);
  }
  return [...lists.values()].map((l) => (l.label === "" ? { ...l, label: l.id } : l));
}
