import type { Lang } from "../../core/locale/lang";
import { matchRoster } from "../../core/submission/read-submission";
import { writeWorkbook } from "../../hosts/xlsx";
import { templatePlan } from "../../jobs/write-template";
import { intOption, parseArgs, stringOption, UsageError } from "../args";
import { requireExtension } from "../output-extension";
import { loadCampaign } from "../load-campaign";
import { cliText } from "../messages";
import type { CliIO } from "../io";
import { OVERWRITE_FLAG, refuseExistingOutput } from "../output-target";
import { writeOrTell } from "../write-failure";

/** `thidua template -o bieu-mau.xlsx [--unit CODE] [--year 2024] [--criteria FILE] [--overwrite]`. */
export async function templateCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(argv, ["output", "unit", "year", "criteria", "lang"], [OVERWRITE_FLAG]);
  const output = stringOption(args, "output");
  if (!output) throw new UsageError("usage.needs-output");
  requireExtension(output, ".xlsx");
  const { campaign, notes } = await loadCampaign(stringOption(args, "criteria"), lang);
  notes.forEach((n) => io.err(n));
  const unitCode = stringOption(args, "unit");
  const unit = unitCode === undefined ? undefined : matchRoster(unitCode, campaign.roster);
  if (unitCode !== undefined && !unit) {
    throw new UsageError("usage.unknown-unit", {
      unit: unitCode,
      codes: campaign.roster.map((u) => u.code).join(", "),
    });
  }
  const year = intOption(args, "year");
  const { firstYear: first, lastYear: last } = campaign.settings;
  if (year !== undefined && (year < first || year > last))
    throw new UsageError("usage.bad-year", { year, first, last });
  // Only a blank form is replaced: one a unit has filled in is its report.
  await refuseExistingOutput(
    { path: output, replaces: ["blank-form"], overwrite: args.options.has(OVERWRITE_FLAG) },
    campaign,
    lang,
  );
  const bytes = () => writeWorkbook(templatePlan(campaign, { unitCode: unit?.code, year }));
  if (!(await writeOrTell(output, bytes, io, lang))) return 2;
  io.out(
    cliText(lang, "template.written", {
      file: output,
      templateVersion: campaign.templateVersion,
      criteriaVersion: campaign.criteriaVersion,
    }),
  );
  return 0;
}
