/**
 * The criteria in force for a workbook: those of its own criteria sheets (Trường, Quy tắc, Bảng, Danh
 * sách, Đơn vị, Chấm điểm, Cài đặt) when it holds them, else the built-in default. The sheets are read
 * by readCriteriaWorkbook, as the CLI reads a criteria workbook: what cannot be read is reported with its
 * sheet and row and left to the default, and a rule with a syntax error is left out while the others run.
 */
import { DEFAULT_CAMPAIGN } from "../../campaign/default-campaign";
import type { Campaign } from "../../campaign/model";
import { sheetNamedIn, snapshotOfSheets } from "../../workbook-model/read-scope";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { foldKey } from "./cells";
import { defaultCriteria, type CriteriaInForce } from "./criteria-in-force";
import { readCriteriaWorkbook } from "./read-criteria";
import { CRITERIA_SHEETS } from "./sheets";

/** The criteria sheets' names: only they are read, not the unit sheets beside them. */
export const CRITERIA_SHEET_NAMES: readonly string[] = Object.values(CRITERIA_SHEETS);
/** The sheets without which a workbook holds no criteria of its own: the fields and the rules. */
const DEFINING = [CRITERIA_SHEETS.fields, CRITERIA_SHEETS.rules].map(foldKey);

/** Whether the workbook holds criteria sheets: its fields ("Trường") or its rules ("Quy tắc"). */
export function holdsCriteria(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) => DEFINING.includes(foldKey(s.name)));
}

export function campaignFromSnapshot(
  snapshot: WorkbookSnapshot,
  base: Campaign = DEFAULT_CAMPAIGN,
): CriteriaInForce {
  if (!holdsCriteria(snapshot)) return defaultCriteria(base);
  const criteriaOnly = snapshotOfSheets(snapshot, sheetNamedIn(CRITERIA_SHEET_NAMES));
  const { campaign, problems } = readCriteriaWorkbook(criteriaOnly, base);
  return { source: "workbook", version: campaign.criteriaVersion, campaign, problems };
}
