/**
 * Advance widths of Times New Roman in thousandths of an em, taken from Liberation Serif 2 (metric-compatible
 * with it): printable ASCII, then the Vietnamese letters whose width differs from their base letter. Other
 * accented letters measure as their base letter (combining marks have no width).
 */
export type FontFace = "regular" | "bold" | "italic";

const ASCII: Record<FontFace, number[]> = {
  regular: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
    389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
    500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  bold: [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
    500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
    500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
  ],
  italic: [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333,
    444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422,
    500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389,
    278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541,
  ],
};

const EXTRA_CHARS = "đơưĐƠƯ–—“”…\u00a0";
const EXTRA: Record<FontFace, number[]> = {
  regular: [500, 529, 542, 722, 722, 776, 500, 1000, 444, 444, 1000, 250],
  bold: [556, 554, 600, 722, 778, 796, 500, 1000, 500, 500, 1000, 250],
  italic: [500, 534, 545, 722, 722, 754, 500, 889, 556, 556, 889, 250],
};

const UNKNOWN = 500;

/** Width of one character in thousandths of an em. */
export function charWidth(ch: string, face: FontFace): number {
  const extra = EXTRA_CHARS.indexOf(ch);
  if (extra >= 0) return EXTRA[face][extra];
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ASCII[face][code - 32];
  if (code >= 0x300 && code <= 0x36f) return 0;
  const base = ch.normalize("NFD");
  return base !== ch ? [...base].reduce((w, c) => w + charWidth(c, face), 0) : UNKNOWN;
}
