import type { OfficeEnv } from "./office-env";

/**
 * APIs above the manifest's minimum (ExcelApi 1.8) that the host uses, with the ExcelApi version that
 * brings each (docs/requirement-sets.md). Each is checked with isSetSupported before use.
 */
export const GUARDED_APIS = {
  /** Worksheet.pageLayout (print setup). */
  pageLayout: "1.9",
  /** RangeFill.pattern: tells "no fill" from a white fill. */
  fillPattern: "1.9",
  /** RangeFormat.indentLevel. */
  indent: "1.9",
  /** Worksheet.comments (threaded comments). */
  comments: "1.10",
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
  /** Worksheet.notes (cell notes). */
  notes: "1.18",
} as const;

export type GuardedApi = keyof typeof GUARDED_APIS;

export type Supports = (api: GuardedApi) => boolean;

export function supportsOf(env: Pick<OfficeEnv, "isSetSupported">): Supports {
  const known = new Map<GuardedApi, boolean>();
  return (api) => {
    let answer = known.get(api);
    if (answer === undefined) {
      answer = env.isSetSupported("ExcelApi", GUARDED_APIS[api]);
      known.set(api, answer);
    }
    return answer;
  };
}
