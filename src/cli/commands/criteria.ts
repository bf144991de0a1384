import type { Lang } from "../../core/locale/lang";
import { writeWorkbook } from "../../hosts/xlsx";
import { asOutputFile } from "../../jobs/output-file";
import { criteriaPlan } from "../../jobs/write-template";
import { parseArgs, stringOption, UsageError } from "../args";
import { requireExtension } from "../output-extension";
import { loadCampaign } from "../load-campaign";
import { cliText } from "../messages";
import type { CliIO } from "../io";
import { OVERWRITE_FLAG, refuseExistingOutput } from "../output-target";
import { writeOrTell } from "../write-failure";

/** `thidua criteria -o tieu-chi.xlsx [--criteria FILE] [--overwrite]`: the criteria as sheets the Office edits. */
export async function criteriaCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(argv, ["output", "criteria", "lang"], [OVERWRITE_FLAG]);
  const output = stringOption(args, "output");
  if (!output) throw new UsageError("usage.needs-output");
  requireExtension(output, ".xlsx");
  const { campaign } = await loadCampaign(stringOption(args, "criteria"), lang);
  // Nothing is replaced without --overwrite: criteria already there are the Office's, edited or not.
  await refuseExistingOutput(
    { path: output, replaces: [], overwrite: args.options.has(OVERWRITE_FLAG) },
    campaign,
    lang,
  );
  const bytes = () => writeWorkbook(asOutputFile(criteriaPlan(campaign), campaign, "criteria"));
  if (!(await writeOrTell(output, bytes, io, lang))) return 2;
  io.out(cliText(lang, "criteria.written", { file: output }));
  return 0;
}
