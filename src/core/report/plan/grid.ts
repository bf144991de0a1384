/**
 * The page grid: 20 equal narrow columns that together fill the printable width of A4 portrait with the
 * Decree 30 margins (210 − 30 − 15 = 165 mm ≈ 88 width units of 7 px). Everything is a merged span of them.
 */
export const GRID_COLUMNS = 20;
export const COLUMN_WIDTH = 4.4;

/** The header's and the closing block's two columns: left A:H, right I:T. */
export const LEFT = { from: 1, to: 8 } as const;
export const RIGHT = { from: 9, to: 20 } as const;

export interface Span {
  from: number;
  to: number;
}

export function columnWidths(): Record<number, number> {
  return Object.fromEntries(Array.from({ length: GRID_COLUMNS }, (_, i) => [i + 1, COLUMN_WIDTH]));
}

export function spanWidths(span: Span): number[] {
  return Array.from({ length: span.to - span.from + 1 }, () => COLUMN_WIDTH);
}

/** Points one grid column is wide on paper (7 px per width unit at 96 dpi). */
export const COLUMN_POINTS = COLUMN_WIDTH * 7 * 0.75;

/**
 * About `points` wide, centred in `span`: a whole number of columns with the span's parity, so that both
 * sides are equal; never narrower than `minColumns`.
 */
export function centred(span: Span, points: number, minColumns = 2): Span {
  const size = span.to - span.from + 1;
  const target = Math.max(minColumns, points / COLUMN_POINTS);
  let n = Math.round(target);
  if ((size - n) % 2 !== 0) n = n + 1 - target > target - (n - 1) ? n - 1 : n + 1;
  n = Math.max(size % 2 === 0 ? 2 : 1, Math.min(size, n));
  const from = span.from + (size - n) / 2;
  return { from, to: from + n - 1 };
}

/** Shares the grid out in proportion to `weights` (largest remainder, at least one column each). */
export function shareColumns(weights: number[], total = GRID_COLUMNS): Span[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) counts[order[k][1]]++;
  // Columns that had to get their one column anyway may overshoot: take back from the widest.
  while (left < 0) {
    const widest = counts.indexOf(Math.max(...counts));
    counts[widest]--;
    left++;
  }
  let from = 1;
  return counts.map((n) => {
    const span = { from, to: from + n - 1 };
    from += n;
    return span;
  });
}
