import type { ZipEntryInfo } from "./zip-directory";

/** What one file may make the reader do; no file can make it inflate or keep more than this. */
export interface ReadLimits {
  maxFileBytes: number;
  /** Bytes all the parts read from one file may inflate to together, counted while inflating. */
  maxUncompressedBytes: number;
  /** Bytes one part may inflate to, counted while inflating. */
  maxEntryBytes: number;
  /** Largest uncompressed/compressed ratio a zip may declare for an entry bigger than `ratioCheckMinBytes`. */
  maxRatio: number;
  ratioCheckMinBytes: number;
  maxEntries: number;
  /**
   * Non-empty cells in the whole workbook: a unit's report holds a few thousand; read and checked, each
   * cell costs about 1 KB, so this bounds a file's memory (about 300 MB at this limit, findings included).
   */
  maxCells: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxUncompressedBytes: 64 * MB,
  maxEntryBytes: 32 * MB,
  maxRatio: 200,
  ratioCheckMinBytes: 1 * MB,
  maxEntries: 10_000,
  maxCells: 200_000,
};

/**
 * What is wrong with the sizes a zip declares, before anything is inflated. An honest zip bomb is refused
 * here or when its part is about to be read; a lying one is stopped while inflating.
 */
export function declaredSizeProblem(entries: ZipEntryInfo[], limits: ReadLimits): string | undefined {
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioCheckMinBytes && ratio > limits.maxRatio) {
      return `entry ${entry.name} declares ${entry.uncompressedSize} bytes, ${Math.round(ratio)} times its compressed size`;
    }
  }
  return undefined;
}
