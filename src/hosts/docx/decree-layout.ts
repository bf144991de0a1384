/**
 * The Decree 30/2020/NĐ-CP page and type, in Word's units: A4 portrait, margins top and bottom 20 mm, left
 * 30 mm, right 15 mm; Times New Roman; sizes per element as the decree's appendix gives them.
 */

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export { FONT } from "../../core/report/plan/styles";

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
};

/** The width between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** The same on a landscape page: the decree allows landscape pages for wide tables. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;
/** A table of this many columns or more is set on landscape pages of its own. */
export const LANDSCAPE_COLUMNS = 8;

/** Point sizes: the decree's, the same as the report sheet's. */
export { SIZE } from "../../core/report/plan/styles";

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = mm(12.7);
/** At least 6 pt between paragraphs, lines at 1.15 (the decree allows single to 1.5). */
export const PARAGRAPH_AFTER = 6 * 20;
export const LINE_SPACING = 276;

/** docx sizes are half-points. */
export const half = (points: number): number => points * 2;
