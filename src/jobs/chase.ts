/**
 * The chase (đôn đốc): from a year's consolidation, the letter to the units that have not sent a report or
 * whose report has errors, and per unit with findings a feedback workbook. Returns bytes; the door writes.
 */
import { buildChaseLetter, feedbackBooks, type ChaseLetter, type FeedbackBook } from "../core/chase";
import type { Consolidation } from "../core/consolidation";
import type { CalendarDate } from "../core/locale/excel-date";
import type { Lang } from "../core/locale/lang";
import type { ReportSettings } from "../core/report";
import { writeChaseDocx } from "../hosts/docx";
import { writeWorkbook } from "../hosts/xlsx";

export interface ChaseOutput {
  letter: ChaseLetter;
  /** "cong-van-don-doc-2024.docx". */
  letterName: string;
  letterBytes: Uint8Array;
  feedback: (FeedbackBook & { bytes: Uint8Array })[];
}

export async function chaseFiles(
  result: Consolidation,
  settings: ReportSettings,
  lang: Lang,
  today: CalendarDate,
): Promise<ChaseOutput> {
  const letter = buildChaseLetter(result, settings, lang, today);
  const feedback = [];
  for (const book of feedbackBooks(result, lang))
    feedback.push({ ...book, bytes: await writeWorkbook(book.plan) });
  return {
    letter,
    letterName: `cong-van-don-doc-${letter.year}.docx`,
    letterBytes: await writeChaseDocx(letter),
    feedback,
  };
}
