/**
 * The chase letter (công văn đôn đốc) as plain data: the Decree 30 header with "V/v đôn đốc …" under the
 * number, "Kính gửi:" the units concerned, who has not sent a report and whose report has errors, by name,
 * the deadline, and the recipients and signature. hosts/docx lays it out.
 */
import type { Consolidation } from "../consolidation/model";
import { dateToSerial, serialToDate, type CalendarDate } from "../locale/excel-date";
import type { Lang } from "../locale/lang";
import { formatLongDateVi } from "../locale/numbers";
import { closing } from "../report/build-report";
import type { ReportClosing, ReportHeader } from "../report/model";
import type { ReportSettings } from "../report/settings";
import { reportText } from "../report/text";
import { listText } from "../report/text/format";
import { chaseText } from "./chase-text";

export interface ChaseLetter {
  lang: Lang;
  year: number;
  header: ReportHeader;
  /** "V/v đôn đốc gửi báo cáo …", under the number. */
  subject: string;
  /** "Kính gửi:". */
  toTitle: string;
  /** The units concerned, roster order: not sent first, then with errors. */
  to: string[];
  missing: string[];
  withErrors: string[];
  paragraphs: string[];
  deadline: CalendarDate;
  closing: ReportClosing;
}

/** Without a deadline in the settings, units get this many days from the letter's date. */
export const DEFAULT_DEADLINE_DAYS = 10;

const upper = (text: string): string => text.toLocaleUpperCase("vi");

function deadlineText(lang: Lang, d: CalendarDate): string {
  if (lang === "vi") return formatLongDateVi(d).replace(/^ngày /, "");
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}

/** The deadline: the settings' own, else DEFAULT_DEADLINE_DAYS after the letter's date (or today). */
export function chaseDeadline(settings: ReportSettings, today: CalendarDate): CalendarDate {
  if (settings.chaseDeadline) return settings.chaseDeadline;
  const from = settings.date ?? today;
  return serialToDate(dateToSerial(from.year, from.month, from.day) + DEFAULT_DEADLINE_DAYS);
}

export function buildChaseLetter(
  c: Consolidation,
  settings: ReportSettings,
  lang: Lang,
  today: CalendarDate,
): ChaseLetter {
  const year = c.reviewYear;
  const names = (pick: (states: string[]) => boolean): string[] =>
    c.units.filter((u) => u.unit.expected && pick(u.years.map((y) => y.state))).map((u) => u.unit.name);
  const missing = c.missing.map((m) => m.name);
  // Units that sent a document (PDF, Word) instead of the form: the job noted it on their status rows.
  const sentDocuments = new Set(
    c.status
      .filter((r) => r.status === "missing" && r.year === year && r.documents !== undefined)
      .map((r) => r.unitCode),
  );
  const documentsOnly = c.missing.filter((m) => sentDocuments.has(m.code)).map((m) => m.name);
  const withErrors = names((s) => s.some((x) => x === "with-errors" || x === "excluded"));
  const to = [...missing, ...withErrors.filter((n) => !missing.includes(n))];
  const deadline = chaseDeadline(settings, today);
  const agency = settings.agency;
  const paragraphs = [
    chaseText(lang, "intro", { plan: settings.planReference, campaign: settings.campaignName, agency, year }),
    chaseText(lang, "received", { received: c.counts.received, expected: c.counts.expected, year }),
    ...(missing.length > 0 ? [chaseText(lang, "missing", { units: listText(lang, missing) })] : []),
    ...(documentsOnly.length > 0
      ? [chaseText(lang, "documents-only", { units: listText(lang, documentsOnly) })]
      : []),
    ...(withErrors.length > 0 ? [chaseText(lang, "with-errors", { units: listText(lang, withErrors) })] : []),
    to.length > 0
      ? chaseText(lang, "deadline", { agency, deadline: deadlineText(lang, deadline) })
      : chaseText(lang, "all-in"),
  ];
  const text = reportText(lang);
  const recipients = [
    chaseText(lang, "recipient.as-above"),
    chaseText(lang, "recipient.director"),
    chaseText(lang, "recipient.archive"),
  ];
  return {
    lang,
    year,
    header: {
      parentAgency: upper(settings.parentAgency),
      agency: upper(settings.agency),
      number: chaseText(lang, "number", {
        number: settings.documentNumber || "…",
        short: settings.agencyShort,
      }),
      nationalName: text.labels.nationalName,
      motto: text.labels.motto,
      placeDate: text.labels.placeDate(settings.place, settings.date ?? today, year),
    },
    subject: chaseText(lang, "subject", { year }),
    toTitle: chaseText(lang, "to"),
    to,
    missing,
    withErrors,
    paragraphs,
    deadline,
    closing: closing({ ...settings, recipients }, text),
  };
}
