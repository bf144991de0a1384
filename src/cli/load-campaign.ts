import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Campaign } from "../core/campaign/model";
import { DEFAULT_CAMPAIGN } from "../core/campaign/default-campaign";
import type { Lang } from "../core/locale/lang";
import { UsageError } from "./args";
import { cliText } from "./messages";
import { readNamedWorkbook } from "./read-named-workbook";

export interface LoadedCampaign {
  campaign: Campaign;
  /** Lines to show the user about the criteria workbook (its problems). */
  notes: string[];
  problems: number;
}

/** The default campaign, or the one a criteria workbook describes (its broken rules reported, the rest kept). */
export async function loadCampaign(path: string | undefined, lang: Lang): Promise<LoadedCampaign> {
  if (path === undefined) return { campaign: DEFAULT_CAMPAIGN, notes: [], problems: 0 };
  const file = basename(path);
  const bytes = await readFile(path).catch(() => {
    throw new UsageError("file.not-found", { file: path });
  });
  const snapshot = await readNamedWorkbook(bytes, file, "criteria.unreadable", lang);
  // Loaded only when a criteria workbook is given: most runs use the default campaign.
  const { readCriteriaWorkbook } = await import("../core/criteria/workbook/read-criteria");
  const { holdsCriteria } = await import("../core/criteria/workbook/campaign-from-snapshot");
  // A unit's form or a summary given by mistake would otherwise run on the default criteria unnoticed.
  if (!holdsCriteria(snapshot)) throw new UsageError("criteria.not-criteria", { file });
  const { campaign, problems } = readCriteriaWorkbook(snapshot, DEFAULT_CAMPAIGN);
  const notes = [cliText(lang, "criteria.read", { file, count: campaign.rules.length })];
  // Each message names its place (sheet, row, position) itself.
  for (const p of problems) {
    notes.push(cliText(lang, "criteria.problem", { file, message: lang === "vi" ? p.message : p.messageEn }));
  }
  return { campaign, notes, problems: problems.length };
}
