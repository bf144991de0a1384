/**
 * The chase (đôn đốc) for the pane: the same job as `thidua chase` (jobs/chase) on the files the Tổng hợp
 * pane has read, for one year. The Word and .xlsx writers load in their own chunks on first use; the
 * feedback workbooks come as one .zip, so the browser offers them as one download.
 */
import { todayDate } from "../../core/locale/clock";
import { zipSync } from "fflate";
import type { Campaign } from "../../core/campaign/model";
import type { Lang } from "../../core/locale/lang";
import { chaseFiles } from "../../jobs/chase";
import { consolidateFiles } from "../../jobs/consolidate-files";
import type { GivenFile } from "../../jobs/select-inputs";
import { loadXlsx } from "../shared/xlsx-loader";

export interface ChaseDownloads {
  letterName: string;
  /** Undefined when nobody is to be chased: no letter. */
  letterBytes?: Uint8Array;
  /** phan-hoi-2024.zip with phan-hoi/<unit>-2024.xlsx inside; undefined when no unit has findings. */
  feedback?: { name: string; bytes: Uint8Array; count: number };
  missing: string[];
  withErrors: string[];
}

export async function chaseDownloads(
  given: readonly GivenFile[],
  campaign: Campaign,
  year: number | undefined,
  lang: Lang,
): Promise<ChaseDownloads> {
  const [{ writeChaseDocx }, { reportSettings }, xlsx] = await Promise.all([
    import(/* webpackChunkName: "report-docx" */ "../../hosts/docx"),
    import(/* webpackChunkName: "report" */ "../../core/report"),
    loadXlsx(),
  ]);
  const { result } = consolidateFiles(given, campaign, { year, lang });
  const out = await chaseFiles(
    result,
    campaign,
    reportSettings(campaign.settings, {}, lang),
    lang,
    todayDate(),
    {
      workbook: xlsx.writeWorkbook,
      letter: writeChaseDocx,
    },
  );
  const { letter } = out;
  const feedback =
    out.feedback.length === 0
      ? undefined
      : {
          name: `phan-hoi-${letter.year}.zip`,
          bytes: zipSync(Object.fromEntries(out.feedback.map((f) => [f.path, f.bytes]))),
          count: out.feedback.length,
        };
  return {
    letterName: out.letterName,
    letterBytes: out.letterBytes,
    feedback,
    missing: letter.missing,
    withErrors: letter.withErrors,
  };
}
