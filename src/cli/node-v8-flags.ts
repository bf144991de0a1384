import { setFlagsFromString } from "node:v8";

/**
 * V8's flags for the command line, set before it compiles the bundle (the code cache holds the flags it was
 * made with, and V8 refuses it under others):
 *
 * - `--heap-growing-percent=30`: between collections V8 lets the heap grow to several times what is alive
 *   when collecting looks cheap, and keeps the pages it took: consolidating 2,000 files (40 MB of checks
 *   kept) peaked at 380–410 MB. Growing by at most 30 % each time keeps that near 350 MB for the same time
 *   (each collection takes a few ms).
 * - `--max-inlined-bytecode-size=50` (460 by default): a run of thidua is short, and most of it is spent
 *   before V8 has optimised the reader and the checks. With large functions inlined, optimising them took
 *   more time (810 ms on the compiler's thread for 200 files) than reading and checking the 200 files,
 *   so the files went through slower code meanwhile. Smaller inlining: 12 % less time for the same work
 *   (BENCHMARKS.md, 2026-12-07 night).
 * - `--semi-space-growth-factor=8` (2 by default): the young generation starts at 1 MB and doubles each
 *   time as much as it holds has survived collections (the form being read survives each one). Growing
 *   eightfold, it reaches its largest size (16 MB) in two steps instead of four: 15 collections instead of
 *   20 for the 200 bench files, and 5 % less time (BENCHMARKS.md, 2026-12-08). That largest size is unchanged.
 */
export const V8_FLAGS = [
  "--heap-growing-percent=30",
  "--max-inlined-bytecode-size=50",
  "--semi-space-growth-factor=8",
];

export function setV8Flags(): void {
  setFlagsFromString(V8_FLAGS.join(" "));
}
