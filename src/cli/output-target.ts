import { basename } from "node:path";
import type { Campaign } from "../core/campaign/model";
import type { Lang } from "../core/locale/lang";
import { readSubmission } from "../core/submission/read-submission";
import type { Submission } from "../core/submission/model";
import { REPORT_YEAR_FIELD, UNIT_NAME_FIELD } from "../core/template/layout";
import * as xlsx from "../hosts/xlsx/read";
import { isThiduaWordFile, readWholeOrRecord } from "../jobs/read-file";
import { UsageError } from "./args";
import { cliText } from "./messages";
import { printableName } from "./printable";
import { readRegularFile } from "./read-regular-file";

/** What a file already at an output path is, as far as replacing it goes. */
export type ExistingOutput =
  "summary" | "report" | "criteria" | "blank-form" | "unit-form" | "thidua-document" | "other";

/** The output path, what of an existing file there the command may replace, and whether --overwrite was given. */
export interface OutputTarget {
  path: string;
  replaces: readonly ExistingOutput[];
  overwrite: boolean;
}

/** The --overwrite flag, for the commands that write one file. */
export const OVERWRITE_FLAG = "overwrite";

/** What is at an output path: nothing, something that is not a regular file, or a file of this kind. */
export type ExistingAt = ExistingOutput | "nothing" | "not-a-file";

/**
 * Refuses, before any work, to write over a file the command did not write itself: a command replaces
 * its own earlier output (a summary with a summary) and nothing else — not a unit's filled form, not the
 * criteria the Office edited, not a file of another program — unless --overwrite is given. Nor is
 * anything but a regular file written over (a folder, a pipe, a device).
 */
export async function refuseExistingOutput(
  target: OutputTarget,
  campaign: Campaign,
  lang: Lang,
  known?: ExistingAt,
): Promise<void> {
  if (target.overwrite) return;
  const found = known ?? (await existingAt(target.path, campaign));
  if (found === "nothing") return;
  const file = printableName(target.path);
  if (found === "not-a-file") throw new UsageError("usage.output-not-a-file", { file });
  if (target.replaces.includes(found)) return;
  throw new UsageError("usage.output-exists", { file, what: cliText(lang, `output-exists.${found}`) });
}

/**
 * What is at a path now: nothing, something that is not a regular file, or a file of this kind ("other"
 * when it cannot be read).
 */
export async function existingAt(path: string, campaign: Campaign): Promise<ExistingAt> {
  const read = readRegularFile(path, xlsx.DEFAULT_READ_LIMITS.maxFileBytes);
  if ("bytes" in read) return existingOutput(read.bytes, basename(path), campaign);
  if (read.problem.reason === "not-found") return "nothing";
  return read.problem.reason === "not-a-file" ? "not-a-file" : "other";
}

async function existingOutput(bytes: Uint8Array, name: string, campaign: Campaign): Promise<ExistingOutput> {
  const read = await readWholeOrRecord(bytes, name, xlsx, campaign);
  if ("problem" in read) {
    return isThiduaWordFile(read.problem, bytes, name, xlsx) ? "thidua-document" : "other";
  }
  const submission = readSubmission(read.snapshot, campaign);
  const notAForm = submission.notAForm;
  if (notAForm?.reason === "thidua-output") {
    const kind = notAForm.kind;
    return kind === "summary" || kind === "report" || kind === "criteria" ? kind : "other";
  }
  if (notAForm) return "other";
  return hasEntries(submission, campaign) ? "unit-form" : "blank-form";
}

/** The fields a template is written with (--unit, --year): a form holding only those is still blank. */
const PREFILLED = new Set([UNIT_NAME_FIELD, REPORT_YEAR_FIELD]);

/** Whether a unit typed anything into the form: a value (even a wrong one) in a field, or a table row. */
function hasEntries(submission: Submission, campaign: Campaign): boolean {
  const typed = (status: string | undefined) => status === "ok" || status === "invalid";
  const inFields = campaign.fields.some(
    (f) =>
      f.filledBy === "unit" && !f.derived && !PREFILLED.has(f.id) && typed(submission.fields[f.id]?.status),
  );
  return inFields || Object.values(submission.tables).some((t) => t.rows.length > 0);
}
