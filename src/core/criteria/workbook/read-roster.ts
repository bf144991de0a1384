/** The units sheet: the unit roster (code, name, order, expected). */
import type { RosterUnit } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { foldKey } from "./cells";
import type { ProblemLog } from "./problems";
import { openBlock, openSheet } from "./read-sheet";
import { CRITERIA_SHEETS, ROSTER_BLOCK } from "./sheets";

export function readRoster(snapshot: WorkbookSnapshot, base: RosterUnit[], log: ProblemLog): RosterUnit[] {
  const grid = openSheet(snapshot, CRITERIA_SHEETS.roster, log);
  const records = grid && openBlock(grid, ROSTER_BLOCK, log);
  if (!records) return base;
  const roster: RosterUnit[] = [];
  const codes = new Set<string>();
  const names = new Set<string>();
  for (const r of records) {
    const code = r.required("code", "what.unit-code");
    const name = r.required("name", "what.unit-name");
    if (code === undefined || name === undefined) continue;
    // Codes are matched without regard to case ("TTr" = "ttr"), so duplicates are too.
    if (codes.has(foldKey(code))) {
      r.error("code", "roster.duplicate-code", { code });
      continue;
    }
    if (names.has(foldKey(name))) {
      r.warning("name", "roster.duplicate-name", { name });
    }
    let order = r.number("order", roster.length + 1, "what.order") ?? roster.length + 1;
    if (!Number.isInteger(order)) {
      r.error("order", "roster.bad-order");
      order = roster.length + 1;
    }
    codes.add(foldKey(code));
    names.add(foldKey(name));
    roster.push({ code, name, order, expected: r.yesNo("expected", true) });
  }
  if (roster.length === 0) {
    log.warning({ sheet: grid.name, row: 0 }, "roster.empty");
  }
  return roster;
}
