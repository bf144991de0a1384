/** A unit's form and the criteria sheets beside it in one workbook, edited as the Office would in Excel. */
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildCriteriaPlan, CRITERIA_SHEETS } from "../../src/core/criteria/workbook";
import type { WorkbookPlan } from "../../src/core/workbook-model/plan";
import { seedPlan, type FakeExcel } from "../../src/hosts/fake";
import { cellBeside, rowOf } from "../core/criteria/workbook/snapshot-edit";
import { batch2024, planOf } from "../taskpane/helpers/samples";
import { planToSnapshot } from "./plan-to-snapshot";

const { rules: RULES, roster: ROSTER, scoring: SCORING } = CRITERIA_SHEETS;
export const NEW_UNIT = "Phòng Phát triển đô thị";
export const STAFF_MESSAGE = "Tổng số CCVC-NLĐ phải từ 20 trở lên.";

/** VP's 2024 form (12 staff, 79 points, a Director's certificate proposed), sent in the name of a unit the default roster does not know. */
export function unitWorkbook(excel: FakeExcel): void {
  const plan: WorkbookPlan = structuredClone(planOf(batch2024(), "VP"));
  seedPlan(excel, plan);
  const name = plan.names?.find((n) => n.name === "unit_name");
  if (!name) throw new Error("no unit_name cell");
  excel.setCells(name.sheet, { [name.ref]: NEW_UNIT });
  excel.select("Biểu mẫu", "A1");
}

/**
 * The criteria sheets as the pane writes them, then edited in the grid: the staff rule asks for 20, the
 * “Hoàn thành tốt” band starts at 80, the roster gains a unit, and another rule has a stray bracket.
 */
export function editedCriteria(excel: FakeExcel): { brokenRow: number } {
  const plan = buildCriteriaPlan(DEFAULT_CAMPAIGN);
  seedPlan(excel, plan);
  const at = planToSnapshot(plan);
  excel.setCells(RULES, {
    [cellBeside(at, RULES, "staff_total_min", "Biểu thức")]: ".>=20",
    [cellBeside(at, RULES, "staff_total_min", "Thông báo")]: STAFF_MESSAGE,
    [cellBeside(at, RULES, "b03_within_staff", "Biểu thức")]: ".<=staff_total)",
  });
  excel.setCells(SCORING, { [cellBeside(at, SCORING, "Hoàn thành tốt", "Từ điểm")]: 80 });
  const last = rowOf(at, ROSTER, "BQLDA");
  const code = cellBeside(at, ROSTER, "BQLDA", "Mã").replace(/\d+$/, "");
  const name = cellBeside(at, ROSTER, "BQLDA", "Tên").replace(/\d+$/, "");
  const expected = cellBeside(at, ROSTER, "BQLDA", "Phải nộp").replace(/\d+$/, "");
  excel.setCells(ROSTER, {
    [`${code}${last + 1}`]: "PTĐT",
    [`${name}${last + 1}`]: NEW_UNIT,
    [`${expected}${last + 1}`]: "có",
  });
  return { brokenRow: rowOf(at, RULES, "b03_within_staff") };
}
