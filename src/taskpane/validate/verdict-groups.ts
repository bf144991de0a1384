/** The verdicts as the pane lists them: one group per opened file outside Excel, per unit form in Excel. */
import type { UnitCheck } from "../../jobs/workbook-units";
import type { ValidateState } from "./validate-state";
import { verdictOf, type Verdict } from "./verdict";

export type ShownVerdict = Verdict | { kind: "changed" } | { kind: "reading" };

export interface VerdictItem {
  key: string;
  /** The unit, when a file holds a form (outside Excel); absent when the group's title says it. */
  label?: string;
  verdict: ShownVerdict;
}

export interface VerdictGroup {
  key: string;
  /** The file's name outside Excel, the unit's name in Excel. */
  title: string;
  /** Outside Excel: the file the group is about, for removing it or opening it again. */
  file?: string;
  items: VerdictItem[];
}

function unitItem(unit: UnitCheck, prefix: string): VerdictItem {
  const verdict = verdictOf(unit);
  const isForm = verdict.kind === "fix" || verdict.kind === "ready";
  return { key: `${prefix}${unit.key}`, ...(isForm ? { label: unit.label } : {}), verdict };
}

export function verdictGroups(state: ValidateState): VerdictGroup[] {
  if (state.workbookUnits)
    return state.workbookUnits.map((unit) => ({
      key: unit.key,
      title: unit.label,
      items: [{ key: unit.key, verdict: verdictOf(unit) }],
    }));
  return state.files.map((row) => ({
    key: row.name,
    title: row.name,
    file: row.name,
    items: row.changed
      ? [{ key: row.name, verdict: { kind: "changed" } }]
      : row.units === null
        ? [{ key: row.name, verdict: { kind: "reading" } }]
        : row.units.map((unit) => unitItem(unit, `${row.name}/`)),
  }));
}
