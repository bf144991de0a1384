import type { BorderWeight, CellStyle, FontStyle } from "../../../core/workbook-model/plan";
import { attrs, xml } from "./xml-escape";

/** The font of cells whose style has none, and what a plan font leaves out (as Excel's default). */
const DEFAULT_FONT = { name: "Calibri", size: 11 };
/** Built-in formats with one code in every locale (ECMA-376 §18.8.30), written by id as Excel does. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const SIDES = ["left", "right", "top", "bottom"] as const;

/** A list of distinct XML fragments: the index of a fragment is its id in styles.xml. */
class Distinct {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(first: string[]) {
    first.forEach((item) => this.id(item));
  }
  id(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.push(item) - 1;
      this.ids.set(item, id);
    }
    return id;
  }
}

function rgb(color: string): string {
  return `FF${color.toUpperCase()}`;
}

function fontXml(f: FontStyle | undefined): string {
  const name = f?.name ?? DEFAULT_FONT.name;
  const parts = [
    f?.bold ? "<b/>" : "",
    f?.italic ? "<i/>" : "",
    f?.underline ? "<u/>" : "",
    `<sz val="${f?.size ?? DEFAULT_FONT.size}"/>`,
    f?.color !== undefined ? `<color rgb="${rgb(f.color)}"/>` : "",
    `<name val="${xml(name)}"/>`,
    name === DEFAULT_FONT.name ? '<family val="2"/><scheme val="minor"/>' : "",
  ];
  return `<font>${parts.join("")}</font>`;
}

function fillXml(fill: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(border: Partial<Record<(typeof SIDES)[number], BorderWeight>>): string {
  const sides = SIDES.map((side) => {
    const weight = border[side];
    return weight === undefined ? `<${side}/>` : `<${side} style="${weight}"/>`;
  });
  return `<border>${sides.join("")}<diagonal/></border>`;
}

function alignmentXml(s: CellStyle): string {
  if (
    s.horizontal === undefined &&
    s.vertical === undefined &&
    s.wrap === undefined &&
    s.indent === undefined
  ) {
    return "";
  }
  return `<alignment${attrs({
    horizontal: s.horizontal,
    // The plan says "middle" as Office.js does; the file format calls it "center".
    vertical: s.vertical === "middle" ? "center" : s.vertical,
    wrapText: s.wrap,
    indent: s.indent,
  })}/>`;
}

/** The cell formats (cellXfs) of a workbook, each plan style once, with the fonts, fills, borders they use. */
export class StyleTable {
  private readonly fonts = new Distinct([fontXml(undefined)]);
  private readonly fills = new Distinct([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Distinct([borderXml({})]);
  private readonly formats = new Distinct([]);
  private readonly xfs = new Distinct(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  /** The index of a style's cell format (0 is the default format). */
  xfIndex(s: CellStyle): number {
    const numFmtId = s.numFmt === undefined ? 0 : this.formatId(s.numFmt);
    const fontId = s.font ? this.fonts.id(fontXml(s.font)) : 0;
    const fillId = s.fill !== undefined ? this.fills.id(fillXml(s.fill)) : 0;
    const borderId = s.border ? this.borders.id(borderXml(s.border)) : 0;
    const alignment = alignmentXml(s);
    const protection = s.locked === undefined ? "" : `<protection locked="${s.locked ? 1 : 0}"/>`;
    const head = `<xf${attrs({
      numFmtId,
      fontId,
      fillId,
      borderId,
      xfId: 0,
      applyNumberFormat: numFmtId !== 0 || undefined,
      applyFont: fontId !== 0 || undefined,
      applyFill: fillId !== 0 || undefined,
      applyBorder: borderId !== 0 || undefined,
      applyAlignment: alignment !== "" || undefined,
      applyProtection: protection !== "" || undefined,
    })}`;
    const children = alignment + protection;
    return this.xfs.id(children ? `${head}>${children}</xf>` : `${head}/>`);
  }

  private formatId(code: string): number {
    return BUILT_IN_FORMATS[code] ?? FIRST_CUSTOM_FORMAT + this.formats.id(code);
  }

  toXml(): string {
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = this.formats.items.map(
      (code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${xml(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
