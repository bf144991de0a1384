import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { FORM_DIRECTOR, FORM_PROVINCE } from "../../src/core/campaign/default-tables";
import type { Campaign } from "../../src/core/campaign/model";
import { dateToSerial } from "../../src/core/locale/excel-date";
import { buildTemplatePlan, layoutForm } from "../../src/core/template";
import { TABLE_HEADER_ROW } from "../../src/core/template/layout";
import type { PlanValue, WorkbookPlan } from "../../src/core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { columnLetters } from "../../src/core/workbook-model/address";
import { fillTemplatePlan, type TableRows } from "../../src/dev/sample/fill-template";
import type { SampleUnit } from "../../src/dev/sample/sample-unit";
import { planToSnapshot } from "./plan-to-snapshot";

/** A valid, fully known submission: classification "Hoàn thành xuất sắc" (90 points), year 2024. */
export function baselineUnit(): SampleUnit {
  const values: Record<string, PlanValue> = {
    unit_name: "Văn phòng Sở",
    report_year: 2024,
    staff_total: 40,
    preparer_name: "Nguyễn Thị Hạnh",
    preparer_phone: "0912 345 678",
    report_date: dateToSerial(2024, 12, 5),
    head_name: "Trần Văn Dũng",
    b01_sessions: 5,
    b02_participants: 120,
    b03_donors: 35,
    b04_fund_amount: 7_000_000,
    b05_day_wage_donors: 20,
    b06_in_kind_value: 0,
    b07_houses_built: 1,
    b08_houses_repaired: 1,
    b09_housing_funds: 85_000_000,
    b10_temp_houses_removed: 1,
    b11_households_helped: 6,
    b12_households_escaped: 2,
    b13_initiatives: 2,
    b14_initiatives_recognized: 1,
    b15_models: 1,
    b16_exemplars: 2,
    c1: 18,
    c2: 23,
    c3: 22,
    c4: 13,
    c5: 9,
    c6: 5,
  };
  for (const c of ["c1", "c2", "c3", "c4", "c5", "c6"])
    values[`${c}_evidence`] = `Kế hoạch số 1${c.slice(1)}/KH-VP`;
  const tables: TableRows = {
    tbl_initiatives: [
      {
        stt: 1,
        name: "Số hóa hồ sơ hỗ trợ nhà ở",
        author: "Lê Minh An",
        kind: "Sáng kiến",
        status: "Được công nhận",
        effect: "Nhanh hơn",
      },
      {
        stt: 2,
        name: "Ngày lương vì người nghèo",
        author: "Phạm Thu Hà",
        kind: "Mô hình",
        status: "Đang áp dụng",
        effect: "",
      },
    ],
    tbl_proposals: [
      {
        stt: 1,
        target_type: "Tập thể",
        name: "Văn phòng Sở",
        position: null,
        form: FORM_PROVINCE,
        summary: "Hoàn thành xuất sắc",
      },
      {
        stt: 2,
        target_type: "Cá nhân",
        name: "Nguyễn Thị Hạnh",
        position: "Chuyên viên",
        form: FORM_DIRECTOR,
        summary: "Tích cực",
      },
      {
        stt: 3,
        target_type: "Cá nhân",
        name: "Trần Văn Dũng",
        position: "Chánh Văn phòng",
        form: FORM_DIRECTOR,
        summary: "Tích cực",
      },
    ],
  };
  return { values, tables };
}

export function unitPlan(sample: SampleUnit, campaign: Campaign = DEFAULT_CAMPAIGN): WorkbookPlan {
  return fillTemplatePlan(buildTemplatePlan(campaign, {}), campaign, sample.values, sample.tables);
}

export function unitSnapshot(
  sample: SampleUnit,
  fileName = "VP-2024.xlsx",
  campaign: Campaign = DEFAULT_CAMPAIGN,
): WorkbookSnapshot {
  return planToSnapshot(unitPlan(sample, campaign), fileName);
}

/** The template cell of a field ("D35" for c1). */
export function fieldCell(fieldId: string, campaign: Campaign = DEFAULT_CAMPAIGN): string {
  const address = layoutForm(campaign).addresses[fieldId];
  if (!address) throw new Error(`no cell for ${fieldId}`);
  return address;
}

/** The cell of a table column in the n-th (1-based) data row. */
export function tableCell(
  tableId: string,
  column: string,
  row: number,
  campaign: Campaign = DEFAULT_CAMPAIGN,
): string {
  const def = campaign.tables.find((t) => t.id === tableId);
  const index = def?.columns.findIndex((c) => c.id === column) ?? -1;
  if (index < 0) throw new Error(`no column ${tableId}.${column}`);
  return `${columnLetters(index + 1)}${TABLE_HEADER_ROW + row}`;
}

/** Initiatives of a kind not in the drop-down list: one error a row, for files with many findings. */
export function initiativesOfUnknownKind(count: number): TableRows[string] {
  return Array.from({ length: count }, (_, i) => ({
    stt: i + 1,
    name: `Sáng kiến ${i + 1}`,
    author: "Tổ công tác",
    kind: "khác lạ",
    status: "Đang áp dụng",
    effect: "x",
  }));
}
