/**
 * Vietnamese sentences written from the figures. Only what the data says: zeros are said as "chưa có",
 * comparisons appear only when the previous year is known, and nothing is judged.
 */
import type { Facts, Indicator } from "../facts";
import type { UnitMention } from "../figures";
import { changeKind, changeText } from "./compare";
import { capitalize, listText, NAMED_AGAIN_AT_MOST, num, pct, yearRange } from "./format";
import type { ReportSentences } from "./types";

const n = (v: number): string => num("vi", v);
const FUND = "Quỹ “Vì người nghèo”";
const UNITS = "các phòng, đơn vị";

function scope(f: Facts): string {
  return f.kind === "annual" ? `năm ${f.scope.to}` : `giai đoạn ${yearRange(f.scope.from, f.scope.to)}`;
}

const Scope = (f: Facts): string => capitalize(scope(f));
const periodic = (f: Facts): boolean => f.kind !== "annual";

/** ", tăng 12,5% so với năm 2023" or "". */
function cmp(f: Facts, current: number, previous: number | undefined): string {
  const clause = changeText("vi", current, previous, f.previous?.year);
  return clause === "" ? "" : `, ${clause}`;
}

const cmpOf = (f: Facts, i: Indicator): string => cmp(f, f.value(i) ?? 0, f.before(i));

function names(f: Facts, units: UnitMention[]): string {
  return units.map((u) => (periodic(f) ? `${u.name} (năm ${u.years.join(", ")})` : u.name)).join(", ");
}

/** "Bảng 3" from "Bảng 3. Kết quả …". */
const tableRef = (caption: string): string => caption.replace(/\..*$/, "");

const reports = (units: UnitMention[]): number => units.reduce((s, u) => s + u.years.length, 0);

/** ": A, B" for units section II.1 lists, named again when they are few; else a reference to that list. */
function namedAgain(f: Facts, units: UnitMention[]): string {
  return units.length <= NAMED_AGAIN_AT_MOST ? `: ${names(f, units)}` : " (danh sách tại mục II.1)";
}

/** "; trước đó năm 2023: 12 buổi" style reminder when the figure fell to zero. */
function wasBefore(f: Facts, previous: number | undefined, unit: string): string {
  return previous !== undefined && previous > 0 && f.previous
    ? ` (năm ${f.previous.year}: ${n(previous)} ${unit})`
    : "";
}

/** The report's years after the campaign's own period, unless they are the same: "năm 2024 ", "". */
function leadScope(f: Facts): string {
  if (f.kind === "annual") return `năm ${f.scope.to} `;
  const whole = f.scope.from === f.campaignPeriod.from && f.scope.to === f.campaignPeriod.to;
  return whole ? "" : `từ năm ${f.scope.from} đến năm ${f.scope.to} `;
}

function planLead(f: Facts): string {
  const plan = f.planReference ? `${f.planReference} về ` : "";
  return `Thực hiện ${plan}Phong trào thi đua “${f.campaignName}” giai đoạn ${yearRange(f.campaignPeriod.from, f.campaignPeriod.to)}`;
}

function leadership(f: Facts): string[] {
  const sessions = f.value("sessions");
  const people = f.value("participants") ?? 0;
  if (sessions === undefined) return [];
  // With no report merged, "no session was held" would claim what is not known.
  if (f.current.unitsIncluded === 0)
    return [
      `${planLead(f)}, ${leadScope(f)}chưa có số liệu về tuyên truyền, quán triệt: chưa có báo cáo của phòng, đơn vị nào được tổng hợp.`,
    ];
  const lead = `${planLead(f)}, ${leadScope(f)}${UNITS} thuộc Sở`;
  if (sessions === 0 && people === 0)
    return [
      `${lead} chưa tổ chức buổi tuyên truyền, quán triệt nào${wasBefore(f, f.before("sessions"), "buổi")}.`,
    ];
  if (sessions === 0) return [`${lead} có ${n(people)} lượt người tham gia tuyên truyền, quán triệt.`];
  const audience = people > 0 ? ` với ${n(people)} lượt người tham gia` : "";
  const change = changeText("vi", sessions, f.before("sessions"), f.previous?.year);
  return [
    `${lead} đã tổ chức ${n(sessions)} buổi tuyên truyền, quán triệt${audience}${change ? `; số buổi ${change}` : ""}.`,
  ];
}

function submissions(f: Facts): string[] {
  const out: string[] = [];
  const missing = f.missing.length > 0 ? `; chưa gửi báo cáo: ${names(f, f.missing)}` : "";
  if (periodic(f)) {
    out.push(
      `${Scope(f)}, đã nhận ${n(f.reportsReceived)}/${n(f.reportsExpected)} báo cáo năm của ${UNITS}${missing}.`,
    );
  } else if (f.reportsReceived === 0) {
    out.push(`${Scope(f)}, chưa có phòng, đơn vị nào gửi báo cáo kết quả thực hiện Phong trào${missing}.`);
  } else {
    out.push(
      `${Scope(f)}, ${n(f.reportsReceived)}/${n(f.reportsExpected)} phòng, đơn vị đã gửi báo cáo kết quả thực hiện Phong trào${missing}.`,
    );
  }
  if (f.withErrors.length > 0)
    out.push(
      `Có ${n(reports(f.withErrors))} báo cáo còn lỗi (${names(f, f.withErrors)}); số liệu của các báo cáo này vẫn được tổng hợp.`,
    );
  if (f.excluded.length > 0)
    out.push(
      `Có ${n(reports(f.excluded))} báo cáo có lỗi không được đưa vào số liệu tổng hợp (${names(f, f.excluded)}).`,
    );
  const prev = f.previous;
  if (prev && prev.unitsIncluded !== f.current.unitsIncluded)
    out.push(
      `Số liệu năm ${f.scope.to} được tổng hợp từ báo cáo của ${n(f.current.unitsIncluded)} phòng, đơn vị, năm ${prev.year} từ ${n(prev.unitsIncluded)} phòng, đơn vị; khi so sánh giữa hai năm cần lưu ý chênh lệch này.`,
    );
  return out;
}

function fund(f: Facts): string[] {
  const donors = f.value("donors");
  const amount = f.value("fund");
  if (donors === undefined && amount === undefined) return [];
  const people = periodic(f) ? "lượt CCVC-NLĐ" : "CCVC-NLĐ";
  if (!donors && !amount)
    return [
      `${Scope(f)}, chưa có CCVC-NLĐ tham gia ủng hộ ${FUND}${wasBefore(f, f.before("fund"), "đồng")}.`,
    ];
  const out: string[] = [];
  if (donors) {
    const staff = f.current.staff;
    const rate =
      staff && staff > 0
        ? periodic(f)
          ? `, bình quân mỗi năm đạt ${pct("vi", donors / staff)} tổng số CCVC-NLĐ`
          : `, đạt ${pct("vi", donors / staff)} tổng số ${n(staff)} CCVC-NLĐ của ${UNITS} đã báo cáo`
        : "";
    const wage = f.value("dayWageDonors") ?? 0;
    const among =
      wage > 0
        ? `; trong đó ${n(wage)} ${periodic(f) ? "lượt " : ""}người ủng hộ từ 01 ngày lương trở lên`
        : "";
    out.push(`${Scope(f)}, có ${n(donors)} ${people} tham gia ủng hộ ${FUND}${rate}${among}.`);
  }
  if (amount) {
    const years = f.scope.to - f.scope.from + 1;
    const average = periodic(f) && years > 1 ? `, bình quân ${n(amount / years)} đồng mỗi năm` : "";
    out.push(`Tổng số tiền ủng hộ Quỹ là ${n(amount)} đồng${average}${cmpOf(f, "fund")}.`);
  } else {
    out.push(`Chưa có số tiền ủng hộ Quỹ được báo cáo${wasBefore(f, f.before("fund"), "đồng")}.`);
  }
  const inKind = f.value("inKind") ?? 0;
  if (inKind > 0) out.push(`Ngoài ra, ủng hộ khác (hiện vật, quy ra tiền) trị giá ${n(inKind)} đồng.`);
  return out;
}

function housingSupport(f: Facts): string[] {
  const built = f.value("built") ?? 0;
  const repaired = f.value("repaired") ?? 0;
  const removed = f.value("tempRemoved") ?? 0;
  const funds = f.value("housingFunds") ?? 0;
  const parts = [
    built > 0 ? `xây mới ${n(built)} căn nhà Đại đoàn kết` : "",
    repaired > 0 ? `sửa chữa ${n(repaired)} căn nhà` : "",
    removed > 0 ? `xóa ${n(removed)} căn nhà tạm, nhà dột nát` : "",
  ].filter((p) => p !== "");
  const before = (f.before("built") ?? 0) + (f.before("repaired") ?? 0);
  if (parts.length === 0 && funds === 0)
    return [
      `${Scope(f)}, ${UNITS} chưa có kết quả hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo${wasBefore(f, before, "căn")}.`,
    ];
  const money = funds > 0 ? `, với tổng kinh phí ${n(funds)} đồng${cmpOf(f, "housingFunds")}` : "";
  const out =
    parts.length > 0
      ? [`${Scope(f)}, ${UNITS} đã hỗ trợ ${listText("vi", parts)} cho hộ nghèo${money}.`]
      : [`${Scope(f)}, kinh phí hỗ trợ nhà ở cho hộ nghèo là ${n(funds)} đồng${cmpOf(f, "housingFunds")}.`];
  if (f.previous && f.before("built") !== undefined && built + repaired + before > 0)
    out.push(
      `Tổng số nhà xây mới và sửa chữa là ${n(built + repaired)} căn${cmp(f, built + repaired, before)}.`,
    );
  return out;
}

function households(f: Facts): string[] {
  const helped = f.value("helped");
  const escaped = f.value("escaped") ?? 0;
  if (helped === undefined) return [];
  if (helped === 0)
    return [escaped > 0 ? `Có ${n(escaped)} hộ thoát nghèo.` : `Chưa có hộ nghèo được ${UNITS} giúp đỡ.`];
  const outcome = escaped > 0 ? `, trong đó ${n(escaped)} hộ đã thoát nghèo` : "; chưa có hộ thoát nghèo";
  return [`${capitalize(UNITS)} đã giúp đỡ ${n(helped)} hộ nghèo${cmpOf(f, "helped")}${outcome}.`];
}

function initiatives(f: Facts, caption: string): string[] {
  const proposed = f.value("initiatives") ?? 0;
  const recognised = f.value("recognised") ?? 0;
  const models = f.value("models") ?? 0;
  const exemplars = f.value("exemplars") ?? 0;
  const parts = [
    proposed > 0
      ? `đề xuất ${n(proposed)} sáng kiến, giải pháp${recognised > 0 ? `, trong đó ${n(recognised)} sáng kiến được công nhận` : " (chưa có sáng kiến được công nhận)"}`
      : "",
    models > 0 ? `xây dựng ${n(models)} mô hình, cách làm hay` : "",
    exemplars > 0 ? `biểu dương ${n(exemplars)} điển hình tiên tiến (tập thể, cá nhân)` : "",
  ].filter((p) => p !== "");
  if (parts.length === 0) return [`${Scope(f)}, ${UNITS} chưa đề xuất sáng kiến, giải pháp, mô hình mới.`];
  const listed =
    caption && f.recognised.length > 0 ? ` Các sáng kiến được công nhận tại ${tableRef(caption)}.` : "";
  return [`${Scope(f)}, ${UNITS} đã ${parts.join("; ")}.${listed}`];
}

function scores(f: Facts, caption: string): string[] {
  const year = f.scope.to;
  if (f.scored === 0) return [`Chưa có kết quả chấm điểm, xếp loại năm ${year}.`];
  const some = f.classes.filter((c) => c.count > 0).map((c) => `${n(c.count)} đơn vị “${c.label}”`);
  const none = f.classes.filter((c) => c.count === 0).map((c) => `“${c.label}”`);
  const rest = none.length > 0 ? `; không có đơn vị xếp loại ${none.join(", ")}` : "";
  const ref = caption ? ` (chi tiết tại ${tableRef(caption)})` : "";
  return [
    `Kết quả chấm điểm, xếp loại năm ${year} của ${n(f.scored)} phòng, đơn vị: ${some.join(", ")}${rest}${ref}.`,
  ];
}

/** Indicators compared in the assessment, with how they are named. */
const KEY_FIGURES: [Indicator, string][] = [
  ["fund", "số tiền ủng hộ Quỹ"],
  ["donors", "số CCVC-NLĐ tham gia ủng hộ"],
  ["housingFunds", "kinh phí hỗ trợ nhà ở"],
  ["helped", "số hộ nghèo được giúp đỡ"],
  ["initiatives", "số sáng kiến, giải pháp"],
];

function moved(f: Facts, direction: "up" | "down"): string {
  if (!f.previous) return "";
  const items = KEY_FIGURES.flatMap(([i, label]) => {
    const now = f.value(i);
    const before = f.before(i);
    if (now === undefined || before === undefined || changeKind(now, before) !== direction) return [];
    return [`${label} (${pct("vi", Math.abs(now - before) / before)})`];
  });
  const word = direction === "up" ? "Tăng" : "Giảm";
  return items.length === 0 ? "" : `- ${word} so với năm ${f.previous.year}: ${items.join(", ")}.`;
}

function strengths(f: Facts): string[] {
  const donors = f.value("donors") ?? 0;
  const staff = f.current.staff;
  const top = f.classes[0];
  return [
    staff && donors > 0
      ? `- Tỷ lệ CCVC-NLĐ tham gia ủng hộ ${FUND} ${periodic(f) ? "bình quân " : ""}đạt ${pct("vi", donors / staff)}.`
      : "",
    moved(f, "up"),
    top && top.count > 0
      ? `- Có ${n(top.count)} phòng, đơn vị xếp loại “${top.label}”: ${top.units.join(", ")}.`
      : "",
    f.missing.length === 0 && f.reportsExpected > 0 ? `- ${capitalize(UNITS)} gửi báo cáo đầy đủ.` : "",
  ].filter((s) => s !== "");
}

function weaknesses(f: Facts): string[] {
  const last = f.classes[f.classes.length - 1];
  const missing = periodic(f)
    ? `- Còn ${n(reports(f.missing))} báo cáo năm chưa được gửi${namedAgain(f, f.missing)}.`
    : `- Còn ${n(f.missing.length)} phòng, đơn vị chưa gửi báo cáo${namedAgain(f, f.missing)}.`;
  const bad = [...f.withErrors, ...f.excluded];
  return [
    f.missing.length > 0 ? missing : "",
    bad.length > 0 ? `- Có ${n(reports(bad))} báo cáo còn lỗi${namedAgain(f, bad)}.` : "",
    moved(f, "down"),
    last && f.classes.length > 1 && last.count > 0
      ? `- Có ${n(last.count)} phòng, đơn vị xếp loại “${last.label}”: ${last.units.join(", ")}.`
      : "",
  ].filter((s) => s !== "");
}

function proposals(f: Facts): string[] {
  const { groups, leftOut, duplicated } = f.proposals;
  const out: string[] = [];
  const collectives = groups.reduce((s, g) => s + g.collectives, 0);
  const individuals = groups.reduce((s, g) => s + g.individuals, 0);
  const counted = (c: number, i: number): string =>
    listText(
      "vi",
      [c > 0 ? `${n(c)} tập thể` : "", i > 0 ? `${n(i)} cá nhân` : ""].filter((p) => p !== ""),
    );
  if (groups.length === 0) {
    out.push(
      `${Scope(f)}, ${UNITS} không có đề nghị khen thưởng${leftOut.length > 0 ? " đủ điều kiện đưa vào báo cáo" : ""}.`,
    );
  } else {
    const basis =
      f.kind === "annual"
        ? "kết quả thực hiện Phong trào"
        : `kết quả ${f.kind === "interim" ? "sơ kết" : "tổng kết"} Phong trào`;
    out.push(
      `Căn cứ ${basis} và đề nghị của ${UNITS}, đề xuất khen thưởng ${counted(collectives, individuals)} có thành tích tiêu biểu, cụ thể:`,
    );
    groups.forEach((g, i) =>
      out.push(`- ${g.form}: ${counted(g.collectives, g.individuals)}${i === groups.length - 1 ? "." : ";"}`),
    );
  }
  for (const { form, count } of leftOut) {
    out.push(
      form === ""
        ? `Không đưa vào danh sách ${n(count)} đề nghị chưa ghi hoặc ghi sai hình thức khen thưởng.`
        : `Không đưa vào danh sách ${n(count)} đề nghị “${form}” vì hình thức này chỉ xét khi sơ kết, tổng kết Phong trào.`,
    );
  }
  if (duplicated > 0)
    out.push(`Có ${n(duplicated)} cá nhân được nhiều phòng, đơn vị cùng đề nghị (xem cột “Ghi chú”).`);
  return out;
}

function closing(f: Facts): string {
  const what = f.kind === "annual" ? "kết quả thực hiện" : f.kind === "interim" ? "sơ kết" : "tổng kết";
  return `Trên đây là báo cáo ${what} Phong trào thi đua “${f.campaignName}” ${scope(f)}./.`;
}

export const SENTENCES_VI: ReportSentences = {
  noData: (f) => `${Scope(f)}, chưa có số liệu: chưa có báo cáo của phòng, đơn vị nào được tổng hợp.`,
  leadership,
  submissions,
  fund,
  housingSupport,
  households,
  initiatives,
  scores,
  strengths,
  weaknesses,
  proposals,
  closing,
};
