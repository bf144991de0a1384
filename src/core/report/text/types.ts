/** What each language supplies: fixed labels and prompts, and sentences written from the facts. */
import type { SlotState } from "../../consolidation/model";
import type { CalendarDate } from "../../locale/excel-date";
import type { Facts } from "../facts";
import type { ReportScope } from "../kinds";
import type { BodySectionId, ReportKind } from "../model";

export type ItemId =
  | "submissions"
  | "fund"
  | "housing"
  | "housingSupport"
  | "households"
  | "initiatives"
  | "scores"
  | "strengths"
  | "weaknesses"
  | "lessons";

export type CaptionId = "indicators" | "money" | "initiatives" | "scores" | "proposals";

export interface ReportLabels {
  nationalName: string;
  motto: string;
  /** "Số: …/BC-SXD". */
  numberLine(number: string, agencyShort: string): string;
  /** "……, ngày 05 tháng 12 năm 2024"; dots for the day and month when no date is set. */
  placeDate(place: string, date: CalendarDate | undefined, year: number): string;
  title: string;
  summary(kind: ReportKind, campaignName: string, scope: ReportScope): string;
  /** Upper-case heading text of a body section, without its numeral. */
  section(id: BodySectionId, kind: ReportKind, scope: ReportScope, campaignPeriod: ReportScope): string;
  item: Record<ItemId, string>;
  prompt: {
    leadership(scope: ReportScope, kind: ReportKind): string;
    strengths: string;
    weaknesses: string;
    lessons(kind: ReportKind): string;
    tasks(kind: ReportKind, scope: ReportScope, campaignPeriod: ReportScope): string;
    signerName: string;
  };
  table: {
    caption(n: number, id: CaptionId, year: number): string;
    index: string;
    indicator: string;
    unit: string;
    content: string;
    year(year: number): string;
    yearColumn: string;
    period(scope: ReportScope): string;
    compare(year: number, previous: number): string;
    total: string;
    /** The column of row sums ("Cộng"). */
    sum: string;
    initiative: string;
    unitName: string;
    score: string;
    classification: string;
    rank: string;
    candidate: string;
    position: string;
    note: string;
    moneyUnitLine: string;
    scoreUnitLine: string;
    /** The measure of an indicator ("buổi") in the report's language. */
    measure(unit: string): string;
    /** "I. Bằng khen của Chủ tịch UBND tỉnh (1 tập thể, 2 cá nhân)". */
    formGroup(n: number, form: string, collectives: number, individuals: number): string;
    /**
     * The last row of a table cut at the rows a report prints: "… và 9.000 dòng nữa không in trong báo cáo;
     * danh sách đủ ở trang “Đề nghị khen thưởng” của tệp tổng hợp."
     */
    rowsNotPrinted(count: number, sheet: string): string;
    /** A classification label ("Hoàn thành tốt") in the report's language. */
    classLabel(label: string, labelEn: string): string;
    /** Why a unit has no score: "Chưa nộp", "Có lỗi – không tổng hợp". */
    unscored(state: SlotState): string;
    /** A unit whose scores have an error: not classified. */
    scoreErrors: string;
  };
  recipientsTitle: string;
}

export interface ReportSentences {
  /** When no unit's report was merged: one sentence instead of figures. */
  noData(f: Facts): string;
  leadership(f: Facts): string[];
  submissions(f: Facts): string[];
  fund(f: Facts): string[];
  housingSupport(f: Facts): string[];
  households(f: Facts): string[];
  initiatives(f: Facts, tableCaption: string): string[];
  scores(f: Facts, tableCaption: string): string[];
  strengths(f: Facts): string[];
  weaknesses(f: Facts): string[];
  proposals(f: Facts): string[];
  closing(f: Facts): string;
}

export interface ReportText {
  labels: ReportLabels;
  sentences: ReportSentences;
}
