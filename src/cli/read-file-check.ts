import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Campaign } from "../core/campaign/model";
import { checkWorkbook } from "../core/validation/validate";
import { checkedFile, unreadableFile, type FileCheck } from "../core/validation/file-check";
import { readWorkbook, WorkbookReadError } from "../hosts/xlsx";
import { todaySerial } from "./today";

export interface PathCheck {
  check: FileCheck;
  /** First 8 hex digits of the file's SHA-256, to tell two versions of a file apart. */
  checksum?: string;
}

/** Reads and validates one file from disk; never throws for a bad file, it becomes a finding. */
export async function checkPath(path: string, campaign: Campaign): Promise<PathCheck> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      check: unreadableFile(file, "not-found", (error as NodeJS.ErrnoException).code ?? String(error)),
    };
  }
  const checksum = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
  try {
    const snapshot = await readWorkbook(bytes, file);
    return {
      check: checkedFile(file, checkWorkbook(snapshot, campaign, { today: todaySerial() })),
      checksum,
    };
  } catch (error) {
    if (error instanceof WorkbookReadError)
      return { check: unreadableFile(file, error.code, error.detail ?? ""), checksum };
    return {
      check: unreadableFile(file, "corrupt", error instanceof Error ? error.message : String(error)),
      checksum,
    };
  }
}
