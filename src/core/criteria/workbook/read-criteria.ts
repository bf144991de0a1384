/**
 * Reads the criteria workbook back into a Campaign. Tolerant: sheets by name, blocks by header texts,
 * columns in any order. Whatever cannot be read falls back to `base` or is left out, with a problem.
 */
import { DEFAULT_CAMPAIGN } from "../../campaign/default-campaign";
import type { Campaign } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { type CriteriaProblem, ProblemLog } from "./problems";
import { readFields } from "./read-fields";
import { readLists } from "./read-lists";
import { readRoster } from "./read-roster";
import { readRules } from "./read-rules";
import { readScoring } from "./read-scoring";
import { readSettings } from "./read-settings";
import { readTables } from "./read-tables";
import { CRITERIA_SHEETS } from "./sheets";

export interface CriteriaReadResult {
  campaign: Campaign;
  problems: CriteriaProblem[];
}

export function readCriteriaWorkbook(
  snapshot: WorkbookSnapshot,
  base: Campaign = DEFAULT_CAMPAIGN,
): CriteriaReadResult {
  const log = new ProblemLog();
  const versions = readSettings(snapshot, base, log);
  const lists = readLists(snapshot, base.lists, log);
  const tables = readTables(snapshot, base.tables, lists, log);
  const scoring = readScoring(snapshot, base.scoring, log);
  const { sections, fields } = readFields(
    snapshot,
    { sections: base.sections, fields: base.fields },
    scoring,
    log,
  );
  const roster = readRoster(snapshot, base.roster, log);
  const rules = readRules(snapshot, base.rules, { fields, tables, settings: versions.settings }, log);
  checkCriteriaHaveFields(scoring.criteria, fields, log);
  return {
    campaign: { ...versions, sections, fields, tables, lists, rules, roster, scoring },
    problems: inSheetOrder(log.problems),
  };
}

/** Problems in the order of the workbook's sheets, then by row (the sort is stable). */
function inSheetOrder(problems: CriteriaProblem[]): CriteriaProblem[] {
  const order: string[] = Object.values(CRITERIA_SHEETS);
  return [...problems].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row);
}

/** A criterion without a score field of the same id is never scored. */
function checkCriteriaHaveFields(
  criteria: Campaign["scoring"]["criteria"],
  fields: Campaign["fields"],
  log: ProblemLog,
): void {
  for (const c of criteria) {
    if (fields.some((f) => f.id === c.id)) continue;
    log.warning({ sheet: CRITERIA_SHEETS.scoring, row: 0 }, "criteria.no-score-field", {
      id: c.id,
      sheet: CRITERIA_SHEETS.fields,
    });
  }
}
