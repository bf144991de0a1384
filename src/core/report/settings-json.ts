/**
 * Report settings from a small JSON file: the ReportSettings keys (or the criteria workbook's snake_case
 * keys), "date" and "chase_deadline" as "2024-12-05", "05/12/2024" or {year, month, day}, "recipients" as a
 * list of strings. Unknown keys are problems.
 */
import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import { isValidDate, serialToDate, type CalendarDate } from "../locale/excel-date";
import { parseDateText } from "../submission/parse-date";
import { interpolate } from "../locale/interpolate";
import type { ReportSettings } from "./settings";

const TEXT_KEYS = {
  parentAgency: "parent_agency",
  agency: "agency",
  agencyShort: "agency_short",
  place: "place",
  signerAuthority: "signer_authority",
  signerTitle: "signer_title",
  signerName: "signer_name",
  documentNumber: "document_number",
  campaignName: "campaign_name",
  planReference: "plan_reference",
} as const;

type TextKey = keyof typeof TEXT_KEYS;

export type SettingsFileTextKey = keyof typeof vi.settingsFile;

/** A key or value that was not understood, in both languages (the catalogue's "settingsFile" section). */
export interface SettingsJsonProblem {
  key: SettingsFileTextKey;
  params: Record<string, string>;
  message: string;
  messageEn: string;
}

export interface SettingsJsonResult {
  settings: Partial<ReportSettings>;
  /** For the CLI to show with the file name. */
  problems: SettingsJsonProblem[];
}

// Typed against the Vietnamese catalogue, so an English catalogue missing a key fails to compile.
const TEXT: Record<"vi" | "en", Record<SettingsFileTextKey, string>> = {
  vi: vi.settingsFile,
  en: en.settingsFile,
};

function problem(key: SettingsFileTextKey, params: Record<string, string> = {}): SettingsJsonProblem {
  return {
    key,
    params,
    message: interpolate(TEXT.vi[key], params),
    messageEn: interpolate(TEXT.en[key], params),
  };
}

function dateOf(value: unknown): CalendarDate | undefined {
  if (typeof value === "string") {
    // As a date is typed in a form: "2025-01-15", or day first as Vietnamese writes it, "15/01/2025".
    const serial = parseDateText(value);
    return serial === undefined ? undefined : serialToDate(serial);
  }
  if (typeof value === "object" && value !== null) {
    const { year, month, day } = value as Record<string, unknown>;
    if (typeof year === "number" && typeof month === "number" && typeof day === "number")
      return isValidDate(year, month, day) ? { year, month, day } : undefined;
  }
  return undefined;
}

export function settingsFromJson(data: unknown): SettingsJsonResult {
  const problems: SettingsJsonProblem[] = [];
  const settings: Partial<ReportSettings> = {};
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { settings, problems: [problem("not-an-object")] };
  const byKey = new Map<string, TextKey>();
  for (const [key, snake] of Object.entries(TEXT_KEYS) as [TextKey, string][]) {
    byKey.set(key, key);
    byKey.set(snake, key);
  }
  for (const [key, value] of Object.entries(data)) {
    const text = byKey.get(key);
    if (text) {
      if (typeof value === "string") settings[text] = value;
      else problems.push(problem("not-text", { key }));
    } else if (key === "date") {
      const date = dateOf(value);
      if (date) settings.date = date;
      else problems.push(problem("not-a-date", { key, example: "2024-12-05", exampleVi: "05/12/2024" }));
    } else if (key === "chase_deadline" || key === "chaseDeadline") {
      const date = dateOf(value);
      if (date) settings.chaseDeadline = date;
      else problems.push(problem("not-a-date", { key, example: "2025-01-15", exampleVi: "15/01/2025" }));
    } else if (key === "recipients") {
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) settings.recipients = value;
      else problems.push(problem("not-a-list", { key }));
    } else {
      problems.push(problem("unknown-key", { key }));
    }
  }
  return { settings, problems };
}
