/**
 * The chase (đôn đốc): from a year's consolidation, the letter to the units that have not sent a report or
 * whose report has errors, and per unit with findings a feedback workbook. Returns bytes made by the
 * writers the door passes (hosts/docx and hosts/xlsx); the door saves them.
 */
import { buildChaseLetter, feedbackBooks, type ChaseLetter, type FeedbackBook } from "../core/chase";
import type { Campaign } from "../core/campaign/model";
import type { Consolidation } from "../core/consolidation";
import type { CalendarDate } from "../core/locale/excel-date";
import type { Lang } from "../core/locale/lang";
import type { ReportSettings } from "../core/report";
import type { WorkbookPlan } from "../core/workbook-model/plan";
import { asOutputFile } from "./output-file";

export interface ChaseWriters {
  workbook: (plan: WorkbookPlan) => Promise<Uint8Array>;
  letter: (letter: ChaseLetter) => Promise<Uint8Array>;
}

export interface ChaseOutput {
  letter: ChaseLetter;
  /** "cong-van-don-doc-2024.docx". */
  letterName: string;
  /**
   * The letter's bytes; undefined when there is nobody to chase (every expected unit sent a report without
   * errors): a letter naming no unit is not one to sign.
   */
  letterBytes?: Uint8Array;
  feedback: (FeedbackBook & { bytes: Uint8Array })[];
}

/** The feedback workbooks carry thidua's hidden record: a folder holding them is still read as the units'. */
export async function chaseFiles(
  result: Consolidation,
  campaign: Campaign,
  settings: ReportSettings,
  lang: Lang,
  today: CalendarDate,
  writers: ChaseWriters,
): Promise<ChaseOutput> {
  const letter = buildChaseLetter(result, settings, lang, today);
  const feedback = [];
  for (const book of feedbackBooks(result, lang))
    feedback.push({ ...book, bytes: await writers.workbook(asOutputFile(book.plan, campaign, "feedback")) });
  return {
    letter,
    letterName: `cong-van-don-doc-${letter.year}.docx`,
    letterBytes: letter.to.length > 0 ? await writers.letter(letter) : undefined,
    feedback,
  };
}
