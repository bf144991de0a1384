import type {
  BorderSide,
  RangeBorderLike,
  RangeFillLike,
  RangeFontLike,
  RangeFormatLike,
} from "../office/excel-api";
import { FakeObject } from "./object";
import { common, editFormats, type RangeTarget } from "./range-cells";
import type { FakeRequestContext } from "./request";
import type { BorderState, CellFormat, WorkbookState } from "./state";

type Find = (state: WorkbookState) => RangeTarget | undefined;

/** Excel's default column width (8.43 characters) and row height, in points. */
const DEFAULT_WIDTH = 48;
const DEFAULT_HEIGHT = 15;

/**
 * RangeFill. A cell without fill reads as color "#FFFFFF" and, from ExcelApi 1.9, pattern "None"; setting
 * a colour gives a solid fill (keeping another pattern); clear() removes the fill.
 */
export class FakeRangeFill extends FakeObject<RangeTarget> implements RangeFillLike {
  protected readonly scalars = ["color"];

  readProperty(t: RangeTarget, name: string): unknown {
    if (name === "color") return common(t, (f) => f?.fill?.color ?? "#FFFFFF");
    if (name === "pattern") return common(t, (f) => f?.fill?.pattern ?? "None");
    throw new Error(`fake: RangeFill.${name} is not modelled`);
  }

  get color(): string {
    return this.loadedString("color");
  }
  set color(color: string) {
    const value = color.toUpperCase();
    this.queueSet("color", value, (t) =>
      editFormats(t, (f) => {
        const pattern = f.fill && f.fill.pattern !== "None" ? f.fill.pattern : "Solid";
        f.fill = { color: value, pattern };
      }),
    );
  }

  /** ExcelApi 1.9. */
  get pattern(): string {
    this.context.requireApi(9, "RangeFill.pattern");
    return this.loadedString("pattern");
  }
  set pattern(pattern: string) {
    this.context.requireApi(9, "RangeFill.pattern");
    this.queueSet("pattern", pattern, (t) =>
      editFormats(t, (f) => {
        if (pattern === "None") delete f.fill;
        else f.fill = { color: f.fill?.color ?? "#FFFFFF", pattern };
      }),
    );
  }

  clear(): void {
    this.queueCall("clear", undefined, (t) => editFormats(t, (f) => delete f.fill));
  }
}

type FontKey = keyof NonNullable<CellFormat["font"]>;
const FONT_KEYS: readonly string[] = ["name", "size", "bold", "italic", "underline", "color"];

function isFontKey(name: string): name is FontKey {
  return FONT_KEYS.includes(name);
}

export class FakeRangeFont extends FakeObject<RangeTarget> implements RangeFontLike {
  protected readonly scalars = ["name", "size", "bold", "italic", "underline", "color"];

  readProperty(t: RangeTarget, name: string): unknown {
    if (!isFontKey(name)) throw new Error(`fake: RangeFont.${name} is not modelled`);
    return common(t, (f) => f?.font?.[name]);
  }

  private put(key: FontKey, value: string | number | boolean): void {
    this.queueSet(key, value, (t) => editFormats(t, (f) => (f.font = { ...f.font, [key]: value })));
  }

  get name(): string {
    return this.loadedString("name");
  }
  set name(v: string) {
    this.put("name", v);
  }
  get size(): number {
    return this.loadedNumber("size");
  }
  set size(v: number) {
    this.put("size", v);
  }
  get bold(): boolean {
    return this.loadedBoolean("bold");
  }
  set bold(v: boolean) {
    this.put("bold", v);
  }
  get italic(): boolean {
    return this.loadedBoolean("italic");
  }
  set italic(v: boolean) {
    this.put("italic", v);
  }
  get underline(): string {
    return this.loadedString("underline");
  }
  set underline(v: string) {
    this.put("underline", v);
  }
  get color(): string {
    return this.loadedString("color");
  }
  set color(v: string) {
    this.put("color", v.toUpperCase());
  }
}

type Edge = keyof NonNullable<CellFormat["borders"]>;

/** Which cell edges a border index covers: the range's outline, or the lines between its cells. */
function edgesOf(side: BorderSide, t: RangeTarget, row: number, col: number): Edge[] {
  const r = t.range;
  switch (side) {
    case "EdgeTop":
      return row === r.top ? ["top"] : [];
    case "EdgeBottom":
      return row === r.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === r.left ? ["left"] : [];
    case "EdgeRight":
      return col === r.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > r.top ? (["top"] as const) : []), ...(row < r.bottom ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(col > r.left ? (["left"] as const) : []), ...(col < r.right ? (["right"] as const) : [])];
  }
}

export class FakeRangeBorder extends FakeObject<RangeTarget> implements RangeBorderLike {
  protected readonly scalars = ["style", "weight"];

  constructor(
    context: FakeRequestContext,
    path: string,
    find: Find,
    private readonly side: BorderSide,
  ) {
    super(context, path, find);
  }

  readProperty(): unknown {
    throw new Error("fake: reading borders is not modelled");
  }

  private put(key: keyof BorderState, value: string): void {
    this.queueSet(key, value, (t) =>
      editFormats(t, (f, row, col) => {
        for (const edge of edgesOf(this.side, t, row, col)) {
          const current = f.borders?.[edge] ?? { style: "Continuous", weight: "Thin" };
          f.borders = { ...f.borders, [edge]: { ...current, [key]: value } };
        }
      }),
    );
  }

  get style(): string {
    return this.loadedString("style");
  }
  set style(v: string) {
    this.put("style", v);
  }
  get weight(): string {
    return this.loadedString("weight");
  }
  set weight(v: string) {
    this.put("weight", v);
  }
}

export class FakeFormatProtection extends FakeObject<RangeTarget> {
  protected readonly scalars = ["locked"];

  readProperty(t: RangeTarget): unknown {
    return common(t, (f) => f?.locked !== false);
  }

  get locked(): boolean {
    return this.loadedBoolean("locked");
  }
  set locked(v: boolean) {
    // Changing the lock is itself refused on a protected sheet, which editFormats checks.
    this.queueSet("locked", v, (t) => editFormats(t, (f) => (f.locked = v)));
  }
}

export class FakeRangeFormat extends FakeObject<RangeTarget> implements RangeFormatLike {
  protected readonly scalars = [
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
    "columnWidth",
    "rowHeight",
  ];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly findRange: Find,
  ) {
    super(context, path, findRange);
  }

  readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "columnWidth":
        return t.sheet.columnWidths.get(t.range.left) ?? DEFAULT_WIDTH;
      case "rowHeight":
        return t.sheet.rowHeights.get(t.range.top) ?? DEFAULT_HEIGHT;
      case "wrapText":
        return common(t, (f) => f?.wrapText ?? false);
      case "horizontalAlignment":
        return common(t, (f) => f?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return common(t, (f) => f?.verticalAlignment ?? "Bottom");
      case "indentLevel":
        return common(t, (f) => f?.indentLevel ?? 0);
      default:
        throw new Error(`fake: RangeFormat.${name} is not modelled`);
    }
  }

  // Navigation properties return the same object each time, as in Office.js.
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;
  private protectionProxy?: FakeFormatProtection;

  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, `${this.path}.fill`, this.findRange));
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, `${this.path}.font`, this.findRange));
  }
  get protection(): FakeFormatProtection {
    return (this.protectionProxy ??= new FakeFormatProtection(
      this.context,
      `${this.path}.protection`,
      this.findRange,
    ));
  }
  get borders(): { getItem(index: BorderSide): FakeRangeBorder } {
    return {
      getItem: (index) =>
        new FakeRangeBorder(this.context, `${this.path}.borders.${index}`, this.findRange, index),
    };
  }

  get wrapText(): boolean {
    return this.loadedBoolean("wrapText");
  }
  set wrapText(v: boolean) {
    this.queueSet("wrapText", v, (t) => editFormats(t, (f) => (f.wrapText = v)));
  }
  get horizontalAlignment(): string {
    return this.loadedString("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.queueSet("horizontalAlignment", v, (t) => editFormats(t, (f) => (f.horizontalAlignment = v)));
  }
  get verticalAlignment(): string {
    return this.loadedString("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.queueSet("verticalAlignment", v, (t) => editFormats(t, (f) => (f.verticalAlignment = v)));
  }
  /** ExcelApi 1.9. */
  get indentLevel(): number {
    this.context.requireApi(9, "RangeFormat.indentLevel");
    return this.loadedNumber("indentLevel");
  }
  set indentLevel(v: number) {
    this.context.requireApi(9, "RangeFormat.indentLevel");
    this.queueSet("indentLevel", v, (t) => editFormats(t, (f) => (f.indentLevel = v)));
  }
  /** Set on any range, it sizes the range's columns (whole columns are fine here). */
  get columnWidth(): number {
    return this.loadedNumber("columnWidth");
  }
  set columnWidth(v: number) {
    this.queueSet("columnWidth", v, (t) => {
      for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.loadedNumber("rowHeight");
  }
  set rowHeight(v: number) {
    this.queueSet("rowHeight", v, (t) => {
      for (let r = t.range.top; r <= t.range.bottom; r++) t.sheet.rowHeights.set(r, v);
    });
  }
}
