import type ExcelJS from "exceljs";
import type { CellStyle } from "../../core/workbook-model/plan";

/** ExcelJS's default font; a plan font that leaves out name or size keeps these. */
const DEFAULT_FONT = { name: "Calibri", size: 11 };

/** `over` layered on `base`, property by property (font and border merge field by field). */
export function layerStyles(base: CellStyle, over: CellStyle): CellStyle {
  const out: CellStyle = { ...base, ...over };
  if (base.font && over.font) out.font = { ...base.font, ...over.font };
  if (base.border && over.border) out.border = { ...base.border, ...over.border };
  return out;
}

function argb(rgb: string): { argb: string } {
  return { argb: `FF${rgb.toUpperCase()}` };
}

function font(f: NonNullable<CellStyle["font"]>): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = { name: f.name ?? DEFAULT_FONT.name, size: f.size ?? DEFAULT_FONT.size };
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.italic !== undefined) out.italic = f.italic;
  if (f.underline !== undefined) out.underline = f.underline;
  if (f.color !== undefined) out.color = argb(f.color);
  return out;
}

function alignment(s: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  if (
    s.horizontal === undefined &&
    s.vertical === undefined &&
    s.wrap === undefined &&
    s.indent === undefined
  ) {
    return undefined;
  }
  const out: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal !== undefined) out.horizontal = s.horizontal;
  if (s.vertical !== undefined) out.vertical = s.vertical;
  if (s.wrap !== undefined) out.wrapText = s.wrap;
  if (s.indent !== undefined) out.indent = s.indent;
  return out;
}

function borders(b: NonNullable<CellStyle["border"]>): Partial<ExcelJS.Borders> {
  const out: Partial<ExcelJS.Borders> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const weight = b[side];
    if (weight !== undefined) out[side] = { style: weight };
  }
  return out;
}

/** The ExcelJS style for a plan style. */
export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.font) out.font = font(s.font);
  if (s.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  const align = alignment(s);
  if (align) out.alignment = align;
  if (s.border) out.border = borders(s.border);
  if (s.numFmt !== undefined) out.numFmt = s.numFmt;
  if (s.locked !== undefined) out.protection = { locked: s.locked };
  return out;
}
