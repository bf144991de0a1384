import { todayDate } from "../../core/locale/clock";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../../core/locale/lang";
import { writeChaseDocx } from "../../hosts/docx";
import { writeWorkbook } from "../../hosts/xlsx";
import { consolidateFiles } from "../../jobs/consolidate-files";
import { chaseFiles } from "../../jobs/chase";
import { intOption, parseArgs, stringOption, UsageError } from "../args";
import { checkPaths } from "../check-paths";
import type { CliIO } from "../io";
import { loadCampaign } from "../load-campaign";
import { cliText } from "../messages";
import { missingDocumentsLines } from "../missing-documents-line";
import { loadSettings } from "./report";
import { writeOrTell } from "../write-failure";

/**
 * `thidua chase PATH... --year 2024 -o out/ [--settings FILE] [--criteria FILE]`: the chase letter
 * (cong-van-don-doc-2024.docx) and phan-hoi/<unit>-2024.xlsx per unit with findings. The inputs are only read.
 * Exit 0: nobody to chase (no letter; the feedback written); 1: written, units to chase; 2: nothing written.
 */
export async function chaseCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(argv, ["output", "year", "settings", "criteria", "lang"], []);
  const output = stringOption(args, "output");
  if (!output) throw new UsageError("usage.needs-output");
  if (args.positional.length === 0) throw new UsageError("usage.no-inputs");
  const { campaign, notes } = await loadCampaign(stringOption(args, "criteria"), lang);
  notes.forEach((n) => io.err(n));
  const year = intOption(args, "year");
  const { firstYear: first, lastYear: last } = campaign.settings;
  if (year !== undefined && (year < first || year > last))
    throw new UsageError("usage.bad-year", { year, first, last });
  // The folder is made when missing; something else already there under its name is refused at once.
  const there = await stat(output).catch(() => undefined);
  if (there && !there.isDirectory()) throw new UsageError("usage.output-not-a-folder", { path: output });
  const settings = await loadSettings(stringOption(args, "settings"), campaign, lang, io);
  const files = await checkPaths(args.positional, campaign, io, lang);
  const { result } = consolidateFiles(files, campaign, { year, lang });
  const out = await chaseFiles(result, campaign, settings, lang, todayDate(), {
    workbook: writeWorkbook,
    letter: writeChaseDocx,
  });
  const { letter } = out;
  const letterPath = join(output, out.letterName);
  const written: [string, Uint8Array][] = [
    ...(out.letterBytes ? [[letterPath, out.letterBytes] satisfies [string, Uint8Array]] : []),
    ...out.feedback.map((f): [string, Uint8Array] => [join(output, f.path), f.bytes]),
  ];
  for (const [file, bytes] of written) {
    const done = await writeOrTell(file, () => Promise.resolve(bytes), io, lang, { makeFolder: true });
    if (!done) return 2;
  }
  io.out(
    [
      out.letterBytes
        ? cliText(lang, "chase.letter", { file: letterPath, count: letter.to.length })
        : cliText(lang, "chase.nobody", { year: letter.year }),
      cliText(lang, "consolidate.missing", {
        count: letter.missing.length,
        units: letter.missing.join(", ") || "—",
      }),
      ...missingDocumentsLines(result.status, lang, "name"),
      cliText(lang, "chase.with-errors", {
        count: letter.withErrors.length,
        units: letter.withErrors.join(", ") || "—",
      }),
      out.feedback.length > 0
        ? cliText(lang, "chase.feedback", { count: out.feedback.length, dir: join(output, "phan-hoi") })
        : cliText(lang, "chase.feedback-none"),
    ].join("\n"),
  );
  return letter.to.length > 0 ? 1 : 0;
}
