import type { Campaign } from "../core/campaign/model";
import { todaySerial } from "../core/locale/clock";
import { unreadableFile } from "../core/validation/file-check";
import * as xlsx from "../hosts/xlsx/read";
import { checkFile, type FileInput } from "../jobs/read-file";
import type { InputFile } from "./gather-inputs";
import { nodeDigest } from "./node-digest";
import { readRegularFile } from "./read-regular-file";

export type PathCheck = FileInput;

/**
 * Reads and validates one file found or given; never throws for a bad file, it becomes a finding. Only a
 * regular file within the reader's size cap is read at all; a folder that could not be listed is one
 * unreadable entry.
 */
export async function checkInputFile(
  { path, name, problem }: InputFile,
  campaign: Campaign,
): Promise<PathCheck> {
  if (problem) return { check: unreadableFile(name, problem.reason, problem.detail) };
  const read = readRegularFile(path, xlsx.DEFAULT_READ_LIMITS.maxFileBytes);
  if ("problem" in read) return { check: unreadableFile(name, read.problem.reason, read.problem.detail) };
  return checkFile(name, () => Promise.resolve(read.bytes), campaign, {
    today: todaySerial(),
    reader: xlsx,
    digest: nodeDigest,
  });
}
