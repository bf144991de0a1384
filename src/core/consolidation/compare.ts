/**
 * Orderings that do not depend on the machine's locale: strings by UTF-16 code units, numbers plainly
 * (infinities allowed). Consolidation sorts only with these so its output never depends on input order.
 */

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first non-zero comparison. */
export function firstNonZero(...results: (() => number)[]): number {
  for (const result of results) {
    const r = result();
    if (r !== 0) return r;
  }
  return 0;
}
