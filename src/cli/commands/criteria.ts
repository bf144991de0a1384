import { writeFile } from "node:fs/promises";
import type { Lang } from "../../core/locale/lang";
import { writeWorkbook } from "../../hosts/xlsx";
import { asOutputFile } from "../../jobs/output-file";
import { criteriaPlan } from "../../jobs/write-template";
import { parseArgs, stringOption, UsageError } from "../args";
import { loadCampaign } from "../load-campaign";
import { cliText } from "../messages";
import type { CliIO } from "../io";

/** `thidua criteria -o tieu-chi.xlsx [--criteria FILE]`: the criteria as sheets the Office edits. */
export async function criteriaCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(argv, ["output", "criteria", "lang"], []);
  const output = stringOption(args, "output");
  if (!output) throw new UsageError("usage.needs-output");
  const { campaign } = await loadCampaign(stringOption(args, "criteria"), lang);
  await writeFile(output, await writeWorkbook(asOutputFile(criteriaPlan(campaign), campaign, "criteria")));
  io.out(cliText(lang, "criteria.written", { file: output }));
  return 0;
}
