/**
 * What the Cài đặt pane keeps in the workbook's document settings, as the flat strings the host stores.
 * Keys follow the criteria workbook's "Cài đặt" sheet, so both places name a setting the same way.
 */
import type { Campaign, CampaignSettings } from "./model";
import { SETTING_KEYS } from "../criteria/workbook/settings-keys";

/** The campaign settings a user edits in the pane (the rest come from the criteria). */
export const EDITABLE_SETTINGS = [
  "parentAgency",
  "agency",
  "agencyShort",
  "place",
  "signerAuthority",
  "signerTitle",
  "signerName",
] as const satisfies readonly (keyof CampaignSettings)[];

export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];

export interface PaneSettings {
  agencyText: Record<EditableSetting, string>;
  /** "Số: …/BC-SXD" of the report; "" leaves the number for the clerk to write. */
  documentNumber: string;
  /** Roster codes not expected to report (new units default to expected). */
  notExpected: string[];
}

export const DOCUMENT_NUMBER_KEY = "document_number";
export const NOT_EXPECTED_KEY = "roster_not_expected";

export function settingsFromRecord(record: Record<string, string>, campaign: Campaign): PaneSettings {
  const agencyText = Object.fromEntries(
    EDITABLE_SETTINGS.map((p) => [p, record[SETTING_KEYS[p].key] ?? campaign.settings[p]]),
  ) as Record<EditableSetting, string>;
  const listed = record[NOT_EXPECTED_KEY];
  const notExpected =
    listed === undefined
      ? campaign.roster.filter((u) => !u.expected).map((u) => u.code)
      : listed
          .split(",")
          .map((c) => c.trim())
          .filter((c) => c !== "");
  return { agencyText, documentNumber: record[DOCUMENT_NUMBER_KEY] ?? "", notExpected };
}

export function settingsToRecord(settings: PaneSettings): Record<string, string> {
  return {
    ...Object.fromEntries(EDITABLE_SETTINGS.map((p) => [SETTING_KEYS[p].key, settings.agencyText[p].trim()])),
    [DOCUMENT_NUMBER_KEY]: settings.documentNumber.trim(),
    [NOT_EXPECTED_KEY]: settings.notExpected.join(","),
  };
}

/** The campaign as the workbook's settings change it: agency and signer texts, who is expected. */
export function applySettings(campaign: Campaign, settings: PaneSettings): Campaign {
  const notExpected = new Set(settings.notExpected);
  return {
    ...campaign,
    settings: { ...campaign.settings, ...settings.agencyText },
    roster: campaign.roster.map((u) => ({ ...u, expected: !notExpected.has(u.code) })),
  };
}
