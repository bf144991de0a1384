/** The settings sheet: key / value rows for the versions and every setting. */
import type { Campaign, CampaignSettings } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { cellNumber, foldKey } from "./cells";
import type { ProblemLog, Where } from "./problems";
import { openBlock, openSheet } from "./read-sheet";
import { CRITERIA_SHEETS, SETTINGS_BLOCK } from "./sheets";
import { SETTING_KEYS, SETTING_PROPS, VERSION_KEYS, VERSION_PROPS, type VersionProp } from "./settings-keys";

export type SettingsPart = Pick<Campaign, "settings" | VersionProp>;

type Prop = { kind: "setting"; prop: keyof CampaignSettings } | { kind: "version"; prop: VersionProp };

export function readSettings(snapshot: WorkbookSnapshot, base: Campaign, log: ProblemLog): SettingsPart {
  const part: SettingsPart = {
    settings: { ...base.settings },
    criteriaVersion: base.criteriaVersion,
    templateId: base.templateId,
    templateVersion: base.templateVersion,
  };
  const grid = openSheet(snapshot, CRITERIA_SHEETS.settings, log);
  const records = grid && openBlock(grid, SETTINGS_BLOCK, log);
  if (!records) return part;

  const props = new Map<string, Prop>([
    ...VERSION_PROPS.map((p): [string, Prop] => [foldKey(VERSION_KEYS[p].key), { kind: "version", prop: p }]),
    ...SETTING_PROPS.map((p): [string, Prop] => [foldKey(SETTING_KEYS[p].key), { kind: "setting", prop: p }]),
  ]);
  /** Folded key → its row, for problems found after all rows are read. */
  const seen = new Map<string, number>();
  for (const r of records) {
    const key = foldKey(r.text("key"));
    const prop = props.get(key);
    if (!prop) {
      r.warning("key", "settings.unknown-key", { key: r.text("key") });
      continue;
    }
    if (seen.has(key)) {
      r.warning("key", "settings.duplicate-key", { key: r.text("key") });
      continue;
    }
    seen.set(key, r.row);
    if (prop.kind === "version") {
      const value = r.text("value");
      if (value === "") r.error("value", "settings.missing-value");
      else part[prop.prop] = value;
      continue;
    }
    const current = part.settings[prop.prop];
    if (typeof current === "number") {
      const n = cellNumber(r.cell("value"));
      if (n === undefined) {
        r.error("value", "settings.not-a-number", { key: r.text("key"), text: r.text("value") });
      } else {
        setNumber(part.settings, prop.prop, n);
      }
    } else {
      setText(part.settings, prop.prop, r.text("value"));
    }
  }
  for (const [key, prop] of props) {
    if (seen.has(key)) continue;
    const name = prop.kind === "version" ? VERSION_KEYS[prop.prop].key : SETTING_KEYS[prop.prop].key;
    log.warning({ sheet: grid.name, row: 0 }, "settings.missing-key", { key: name });
  }
  checkYears(part.settings, (key) => ({ sheet: grid.name, row: seen.get(key) ?? 0 }), log);
  return part;
}

type NumberKey = {
  [P in keyof CampaignSettings]: CampaignSettings[P] extends number ? P : never;
}[keyof CampaignSettings];
type TextKey = Exclude<keyof CampaignSettings, NumberKey>;

function setNumber(settings: CampaignSettings, prop: keyof CampaignSettings, value: number): void {
  settings[prop as NumberKey] = value;
}

function setText(settings: CampaignSettings, prop: keyof CampaignSettings, value: string): void {
  settings[prop as TextKey] = value;
}

function checkYears(s: CampaignSettings, at: (key: string) => Where, log: ProblemLog): void {
  const years: [string, number][] = [
    ["first_year", s.firstYear],
    ["last_year", s.lastYear],
    ["interim_year", s.interimYear],
    ["interim_from", s.interimFrom],
    ["final_year", s.finalYear],
  ];
  for (const [key, year] of years) {
    if (!Number.isInteger(year)) {
      log.error(at(key), "settings.not-a-year", { key });
    }
  }
  if (s.firstYear > s.lastYear) {
    log.error(at("last_year"), "settings.first-after-last");
  }
  if (s.interimFrom > s.interimYear) {
    log.error(at("interim_from"), "settings.interim-from-after-year");
  }
  if (s.individualProposalShare < 0 || s.individualProposalShare > 1) {
    log.warning(at("individual_proposal_share"), "settings.share-out-of-range");
  }
}
