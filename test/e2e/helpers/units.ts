import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { sampleBatch } from "../../../src/dev/sample/batch";

export const YEAR = 2024;
/** The unit whose workbook has the typical mistakes (errors and warnings with Vietnamese text). */
export const FAULTY_UNIT = "KHTC";
/** The unit whose workbook arrives damaged: half of its bytes. */
export const CORRUPT_UNIT = "TTr";

export interface UnitFiles {
  /** All ten, sorted by name as `thidua consolidate FOLDER` reads them. */
  paths: string[];
  faulty: string;
  corrupt: string;
}

/** The roster's ten workbooks for one year, written into `dir`: one with mistakes, one corrupt. */
export async function writeUnitFiles(dir: string): Promise<UnitFiles> {
  mkdirSync(dir, { recursive: true });
  const batch = sampleBatch(DEFAULT_CAMPAIGN, { years: [YEAR], seed: 606, faulty: [FAULTY_UNIT] });
  const paths: string[] = [];
  for (const file of batch) {
    const bytes = await writeWorkbook(file.plan);
    const path = join(dir, basename(file.name));
    writeFileSync(
      path,
      file.unitCode === CORRUPT_UNIT ? bytes.subarray(0, Math.floor(bytes.length / 2)) : bytes,
    );
    paths.push(path);
  }
  paths.sort((a, b) => basename(a).localeCompare(basename(b)));
  const named = (unit: string): string => {
    const path = paths.find((p) => basename(p).startsWith(`${unit}-`));
    if (!path) throw new Error(`the sample batch has no workbook for ${unit}`);
    return path;
  };
  return { paths, faulty: named(FAULTY_UNIT), corrupt: named(CORRUPT_UNIT) };
}
