import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Campaign } from "../core/campaign/model";
import { todaySerial } from "../core/locale/clock";
import * as xlsx from "../hosts/xlsx";
import { checkFile, type FileInput } from "../jobs/read-file";

export type PathCheck = FileInput;

/** Reads and validates one file from disk; never throws for a bad file, it becomes a finding. */
export function checkPath(path: string, campaign: Campaign): Promise<PathCheck> {
  return checkFile(basename(path), () => readFile(path), campaign, { today: todaySerial(), reader: xlsx });
}
