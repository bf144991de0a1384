import type { Campaign, RosterUnit } from "../../core/campaign/model";
import { classify } from "../../core/campaign/scoring";
import { FORM_DIRECTOR, FORM_PROVINCE } from "../../core/campaign/default-tables";
import { dateToSerial } from "../../core/locale/excel-date";
import type { PlanValue } from "../../core/workbook-model/plan";
import type { TableRows } from "./fill-template";
import { Random } from "./random";

export interface SampleUnit {
  values: Record<string, PlanValue>;
  tables: TableRows;
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Thu"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hoa",
  "Hùng",
  "Lan",
  "Linh",
  "Nam",
  "Phúc",
  "Quân",
  "Thảo",
  "Trung",
  "Tuấn",
  "Yến",
];
const POSITIONS = [
  "Chuyên viên",
  "Phó Trưởng phòng",
  "Trưởng phòng",
  "Kỹ sư",
  "Kế toán viên",
  "Chuyên viên chính",
];
const INITIATIVES = [
  "Số hóa hồ sơ hỗ trợ nhà ở cho hộ nghèo",
  "Mô hình “Ngày lương vì người nghèo”",
  "Giải pháp kiểm định nhanh nhà Đại đoàn kết",
  "Quy trình phối hợp xóa nhà tạm với địa phương",
  "Mô hình đỡ đầu hộ nghèo theo chi bộ",
  "Ứng dụng bản đồ số theo dõi nhà ở hộ nghèo",
  "Thiết kế mẫu nhà ở chống bão lũ chi phí thấp",
  "Tổ tư vấn kỹ thuật xây dựng miễn phí cho hộ nghèo",
];

export function personName(rng: Random): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

export interface SampleOptions {
  /** Benchmark size: 5–20 initiatives and 5–30 proposals (the quota warning may then appear). */
  large?: boolean;
}

/** A consistent, valid submission for one unit and year, from a seed. */
export function sampleUnit(
  campaign: Campaign,
  unit: RosterUnit,
  year: number,
  seed: number,
  options: SampleOptions = {},
): SampleUnit {
  const rng = new Random(seed);
  const staff = rng.int(12, 80);
  const sessions = rng.int(2, 12);
  const donors = rng.int(Math.ceil(staff * 0.6), staff);
  const built = rng.int(0, 2);
  const repaired = rng.int(0, 3);
  const helped = rng.int(1, 12);
  const initiativeCount = options.large ? rng.int(5, 20) : rng.int(1, 4);
  const recognised = rng.int(0, initiativeCount);
  const exemplars = rng.int(0, 4);
  const values: Record<string, PlanValue> = {
    unit_name: unit.name,
    report_year: year,
    staff_total: staff,
    preparer_name: personName(rng),
    preparer_phone: `09${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}`,
    report_date: dateToSerial(year, 12, rng.int(1, 28)),
    head_name: personName(rng),
    b01_sessions: sessions,
    b02_participants: sessions * rng.int(10, 40),
    b03_donors: donors,
    b04_fund_amount: donors * rng.int(10, 50) * 10_000,
    b05_day_wage_donors: rng.int(0, donors),
    b06_in_kind_value: rng.int(0, 20) * 500_000,
    b07_houses_built: built,
    b08_houses_repaired: repaired,
    b09_housing_funds: built * 60_000_000 + repaired * 25_000_000,
    b10_temp_houses_removed: rng.int(0, 2),
    b11_households_helped: helped,
    b12_households_escaped: rng.int(0, helped),
    b13_initiatives: initiativeCount,
    b14_initiatives_recognized: recognised,
    b15_models: rng.int(0, 3),
    b16_exemplars: exemplars,
  };
  const scores: Record<string, number> = {};
  for (const criterion of campaign.scoring.criteria) {
    const score =
      criterion.id === "c5" && exemplars === 0 ? 0 : rng.halfPoints(criterion.max * 0.6, criterion.max);
    scores[criterion.id] = score;
    values[criterion.id] = score;
    values[`${criterion.id}_evidence`] =
      score > 0 ? `Báo cáo, kế hoạch số ${rng.int(10, 99)}/KH-${unit.code}` : null;
  }
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  const classification = classify(total, campaign.scoring.bands)?.label;

  const initiatives = Array.from({ length: initiativeCount }, (_, i) => ({
    stt: i + 1,
    name: `${rng.pick(INITIATIVES)} (${unit.code} ${i + 1})`,
    author: personName(rng),
    kind: rng.pick(["Sáng kiến", "Mô hình", "Giải pháp"]),
    status: i < recognised ? "Được công nhận" : rng.pick(["Đề xuất", "Đang áp dụng"]),
    effect: "Rút ngắn thời gian, tiết kiệm chi phí hỗ trợ hộ nghèo",
  }));

  const proposals: Record<string, PlanValue>[] = [];
  const form = classification === campaign.scoring.bands[0]?.label ? FORM_PROVINCE : FORM_DIRECTOR;
  const deserving = classification === "Hoàn thành xuất sắc" || classification === "Hoàn thành tốt";
  if (deserving || options.large) {
    proposals.push({
      target_type: "Tập thể",
      name: unit.name,
      position: null,
      form,
      summary: "Hoàn thành xuất sắc nhiệm vụ Phong trào",
    });
    const quota = Math.ceil(campaign.settings.individualProposalShare * staff);
    const individuals = options.large ? rng.int(4, 29) : rng.int(1, quota);
    const names = new Set<string>();
    while (names.size < individuals) names.add(personName(rng));
    for (const name of names) {
      proposals.push({
        target_type: "Cá nhân",
        name,
        position: rng.pick(POSITIONS),
        form: FORM_DIRECTOR,
        summary: "Tích cực ủng hộ Quỹ và tham gia hỗ trợ nhà ở cho hộ nghèo",
      });
    }
  }
  proposals.forEach((p, i) => (p.stt = i + 1));
  return { values, tables: { tbl_initiatives: initiatives, tbl_proposals: proposals } };
}
