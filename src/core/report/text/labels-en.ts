/** Fixed English texts of the report (the settings' names stay as the Office wrote them). */
import type { ReportScope } from "../kinds";
import type { ReportKind } from "../model";
import { countEn, roman, yearRange } from "./format";
import type { ReportLabels } from "./types";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const MEASURES: Record<string, string> = {
  buổi: "sessions",
  lượt: "attendances",
  người: "persons",
  đồng: "VND",
  căn: "houses",
  hộ: "households",
  "sáng kiến": "initiatives",
  "mô hình": "models",
  "tập thể/cá nhân": "collectives/individuals",
};

const scopeText = (kind: ReportKind, s: ReportScope): string =>
  kind === "annual" ? `in ${s.to}` : `over ${yearRange(s.from, s.to)}`;

const nextScope = (kind: ReportKind, s: ReportScope, campaign: ReportScope): string =>
  kind === "annual"
    ? `for ${s.to + 1}`
    : kind === "interim"
      ? `for ${yearRange(Math.min(s.to + 1, campaign.to), campaign.to)}`
      : "for the coming period";

export const LABELS_EN: ReportLabels = {
  nationalName: "SOCIALIST REPUBLIC OF VIET NAM",
  motto: "Independence - Freedom - Happiness",
  numberLine: (number, short) => `No.: ${number || "…"}/BC-${short}`,
  placeDate: (place, date, year) =>
    `${place || "……"}, ${date ? `${MONTHS[date.month - 1]} ${String(date.day).padStart(2, "0")}, ${date.year}` : `… … ${year}`}`,
  title: "REPORT",
  summary: (kind, name, s) => {
    const what =
      kind === "annual" ? "Results of" : kind === "interim" ? "Interim review of" : "Final review of";
    return `${what} the emulation movement “${name}” ${scopeText(kind, s)}`;
  },
  section: (id, kind, s, campaign) =>
    ({
      leadership: "LEADERSHIP, DIRECTION AND ROLL-OUT",
      results: "RESULTS",
      assessment: "OVERALL ASSESSMENT",
      commendation: "PROPOSED COMMENDATIONS",
      tasks: `DIRECTIONS AND TASKS ${nextScope(kind, s, campaign).toUpperCase()}`,
    })[id],
  item: {
    submissions: "Reports received from the divisions and units",
    fund: "Donations to the Fund “For the Poor”",
    housing: "Housing support and help to poor households",
    housingSupport: "Housing support for poor households",
    households: "Help to poor households",
    initiatives: "Initiatives, models and advanced examples",
    scores: "Scores and classification",
    strengths: "Strengths",
    weaknesses: "Weaknesses and their causes",
    lessons: "Lessons learned",
  },
  prompt: {
    leadership: (s, kind) =>
      `[Enter the Department's directives and plans for the movement ${scopeText(kind, s)} (number, date, subject) and the awareness activities held.]`,
    strengths: "[Enter the main strengths: leadership, staff response, good practices, effect.]",
    weaknesses: "[Enter the weaknesses and their causes (objective, subjective).]",
    lessons: (kind) =>
      `[Enter the lessons learned over ${kind === "final" ? "five" : "three"} years of the movement.]`,
    tasks: (kind, s, campaign) =>
      `[Enter the main directions and tasks ${nextScope(kind, s, campaign)} and any recommendations.]`,
    signerName: "[Signer's full name]",
  },
  table: {
    caption: (n, id, year) =>
      `Table ${n}. ${
        {
          indicators: "Results by indicator",
          money: "Donations and support funds",
          initiatives: "Recognised initiatives",
          scores: `Scores and classification of the divisions and units, ${year}`,
          proposals: "Proposed commendations",
        }[id]
      }`,
    index: "No.",
    indicator: "Indicator",
    unit: "Unit",
    content: "Item",
    year: (y) => String(y),
    yearColumn: "Year",
    period: (s) => `Total ${yearRange(s.from, s.to)}`,
    compare: (y, p) => `${y} against ${p} (%)`,
    total: "Total",
    sum: "Sum",
    initiative: "Initiative",
    unitName: "Division, unit",
    score: "Total score",
    classification: "Classification",
    rank: "Rank",
    candidate: "Collective, individual",
    position: "Position",
    note: "Note",
    moneyUnitLine: "Unit: VND",
    scoreUnitLine: "Unit: points",
    measure: (unit) => MEASURES[unit] ?? unit,
    formGroup: (n, form, collectives, individuals) => {
      const parts = [
        collectives > 0 ? countEn(collectives, "collective") : "",
        individuals > 0 ? countEn(individuals, "individual") : "",
      ].filter((p) => p !== "");
      return `${roman(n)}. ${form} (${parts.join(", ")})`;
    },
    rowsNotPrinted: (count, sheet) =>
      `… and ${countEn(count, "more row")} not printed in the report; the full list is on the “${sheet}” sheet of the summary workbook.`,
    classLabel: (_label, labelEn) => labelEn,
    unscored: (state) =>
      ({
        missing: "Not submitted",
        excluded: "Errors – left out",
        "with-errors": "Not scored",
        valid: "Not scored",
      })[state],
    scoreErrors: "Not classified: the scores have errors",
  },
  recipientsTitle: "Recipients:",
};
