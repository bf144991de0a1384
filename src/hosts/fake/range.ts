import type { RangeRef } from "../../core/workbook-model/address";
import type { DataValidationLike, RangeLike } from "../office/excel-api";
import { parseAddress } from "./addresses";
import { fail } from "./errors";
import { FakeObject } from "./object";
import { columns, forEachCell, readArray, rows, writeArray, type RangeTarget } from "./range-cells";
import { FakeRangeFormat } from "./range-format";
import type { FakeRequestContext } from "./request";
import {
  addressSheet,
  cellKey,
  keyToCell,
  overlaps,
  rangeText,
  type SheetState,
  type WorkbookState,
} from "./state";
import { FakeWorksheet } from "./worksheet";

type Find = (state: WorkbookState) => RangeTarget | undefined;

/** getMergedAreasOrNullObject gives no result above this many areas. */
export const MAX_MERGED_AREAS = 512;

function topLeftInside(merge: RangeRef, range: RangeRef): boolean {
  return (
    merge.top >= range.top &&
    merge.top <= range.bottom &&
    merge.left >= range.left &&
    merge.left <= range.right
  );
}

/** RangeAreas from getMergedAreasOrNullObject: a null object when the range has no merged cells. */
export class FakeRangeAreas extends FakeObject<RangeTarget[]> {
  protected readonly scalars = ["address"];

  readProperty(areas: RangeTarget[]): unknown {
    return areas.map((a) => `${addressSheet(a.sheet.name)}!${rangeText(a.range)}`).join(",");
  }

  get address(): string {
    return this.loadedString("address");
  }
}

/** A list source "=Sheet!$A$1:$A$9" must refer to an existing sheet when the rule is set. */
function checkListSource(rule: unknown, state: WorkbookState): void {
  if (typeof rule !== "object" || rule === null || !("list" in rule)) return;
  const list = rule.list;
  const source = typeof list === "object" && list !== null && "source" in list ? list.source : undefined;
  if (typeof source !== "string" || !source.startsWith("=")) return;
  const { sheet } = parseAddress(source);
  if (sheet !== undefined && !state.sheetByName(sheet))
    fail("InvalidArgument", `The list source ${source} refers to a missing sheet.`);
}

/** Excel's limits on data validation texts: an error title of 32 characters, a message of 225. */
export const MAX_ALERT_TITLE = 32;
export const MAX_ALERT_MESSAGE = 225;
/** A list typed into the rule ("a,b,c") has at most 255 characters. */
export const MAX_INLINE_LIST = 255;

function checkAlertLengths(alert: DataValidationLike["errorAlert"]): void {
  if (alert.title.length > MAX_ALERT_TITLE || alert.message.length > MAX_ALERT_MESSAGE) {
    fail("InvalidArgument", "The data validation error title or message is too long.");
  }
}

function checkInlineList(rule: unknown): void {
  if (typeof rule !== "object" || rule === null || !("list" in rule)) return;
  const list = rule.list;
  const source = typeof list === "object" && list !== null && "source" in list ? list.source : undefined;
  if (typeof source === "string" && !source.startsWith("=") && source.length > MAX_INLINE_LIST) {
    fail("InvalidArgument", "The list source is too long.");
  }
}

function isAlert(v: unknown): v is DataValidationLike["errorAlert"] {
  return (
    typeof v === "object" && v !== null && "showAlert" in v && "style" in v && "title" in v && "message" in v
  );
}

export class FakeDataValidation extends FakeObject<RangeTarget> implements DataValidationLike {
  protected readonly scalars = ["rule", "errorAlert"];

  readProperty(t: RangeTarget, name: string): unknown {
    const found = t.sheet.validations.find((v) => overlaps(v.range, t.range));
    return name === "rule" ? (found?.rule ?? {}) : (found?.errorAlert ?? {});
  }

  get rule(): DataValidationLike["rule"] {
    const v = this.loadedValue("rule");
    return typeof v === "object" && v !== null ? v : {};
  }
  set rule(rule: DataValidationLike["rule"]) {
    this.queueSet("rule", rule, (t, state) => {
      checkListSource(rule, state);
      checkInlineList(rule);
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.range, t.range));
      t.sheet.validations.push({ range: t.range, rule });
    });
  }
  get errorAlert(): DataValidationLike["errorAlert"] {
    const v = this.loadedValue("errorAlert");
    return isAlert(v) ? v : { showAlert: true, style: "Stop", title: "", message: "" };
  }
  set errorAlert(alert: DataValidationLike["errorAlert"]) {
    this.queueSet("errorAlert", alert, (t) => {
      checkAlertLengths(alert);
      const found = t.sheet.validations.find(
        (v) => v.range.top === t.range.top && v.range.left === t.range.left,
      );
      if (!found) fail("InvalidOperation", "Set the data validation rule before its error alert.");
      found.errorAlert = alert;
    });
  }
  clear(): void {
    this.queueCall("clear", undefined, (t) => {
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.range, t.range));
    });
  }
}

function merge(t: RangeTarget, state: WorkbookState, across: boolean): void {
  const parts = across
    ? Array.from({ length: rows(t) }, (_, i) => ({
        ...t.range,
        top: t.range.top + i,
        bottom: t.range.top + i,
      }))
    : [t.range];
  for (const part of parts) {
    if (t.sheet.merges.some((m) => overlaps(m, part)))
      fail("InvalidOperation", "Cannot merge over a merged range.");
    if (state.tables.some((tb) => tb.sheetId === t.sheet.id && overlaps(tb.range, part))) {
      fail("InvalidOperation", "Cannot merge cells in a table.");
    }
    // Merging keeps the upper-left value only.
    for (let row = part.top; row <= part.bottom; row++) {
      for (let col = part.left; col <= part.right; col++) {
        if (row !== part.top || col !== part.left) t.sheet.cells.delete(cellKey(row, col));
      }
    }
    t.sheet.merges.push(part);
  }
}

function clearRange(t: RangeTarget, applyTo: string): void {
  if (t.sheet.protection)
    fail("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  const inside = (key: number): boolean => {
    const { row, col } = keyToCell(key);
    return row >= t.range.top && row <= t.range.bottom && col >= t.range.left && col <= t.range.right;
  };
  if (applyTo === "All" || applyTo === "Contents") {
    for (const key of [...t.sheet.cells.keys()].filter(inside)) {
      t.sheet.cells.delete(key);
      t.sheet.dirty.delete(key);
    }
  }
  if (applyTo === "All" || applyTo === "Formats") {
    for (const key of [...t.sheet.formats.keys()].filter(inside)) t.sheet.formats.delete(key);
  }
}

/**
 * Formulas written while calculation is suspended (suspendApiCalculationUntilNextSync) keep a stale value
 * until the workbook is recalculated: "it is the developer's responsibility to re-calc the workbook"
 * (Excel.Application reference).
 */
function markDirty(t: RangeTarget, state: WorkbookState): void {
  if (!state.calculationSuspended) return;
  forEachCell(t, (key) => {
    if (t.sheet.cells.get(key)?.formula !== undefined) t.sheet.dirty.add(key);
  });
}

/** Not an Office.js error: a test that reads a stale formula value has found a missing recalculation. */
function checkCalculated(t: RangeTarget): void {
  forEachCell(t, (key) => {
    if (t.sheet.dirty.has(key)) {
      throw new Error(
        `fake: a formula value on ${t.sheet.name} was read before the workbook was recalculated`,
      );
    }
  });
}

export class FakeRange extends FakeObject<RangeTarget> implements RangeLike {
  protected readonly scalars = [
    "address",
    "values",
    "numberFormat",
    "formulas",
    "text",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
  ];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly findRange: Find,
    nullable = false,
  ) {
    super(context, path, findRange, nullable);
  }

  /** The cells this range is, when a request runs (for objects that take a Range, like charts.add). */
  resolve(state: WorkbookState): RangeTarget {
    return this.target(state);
  }

  readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "address":
        return `${addressSheet(t.sheet.name)}!${rangeText(t.range)}`;
      case "rowCount":
        return rows(t);
      case "columnCount":
        return columns(t);
      case "rowIndex":
        return t.range.top - 1;
      case "columnIndex":
        return t.range.left - 1;
      case "values":
      case "text":
        checkCalculated(t);
        return readArray(t, name);
      case "formulas":
      case "numberFormat":
        return readArray(t, name);
      default:
        throw new Error(`fake: Range.${name} is not modelled`);
    }
  }

  get address(): string {
    return this.loadedString("address");
  }
  get rowCount(): number {
    return this.loadedNumber("rowCount");
  }
  get columnCount(): number {
    return this.loadedNumber("columnCount");
  }
  get rowIndex(): number {
    return this.loadedNumber("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedNumber("columnIndex");
  }
  get text(): string[][] {
    return this.loadedGrid("text").map((row) => row.map(String));
  }
  get values(): unknown[][] {
    return this.loadedGrid("values");
  }
  set values(v: unknown[][]) {
    this.queueSet("values", v, (t, state) => {
      writeArray(t, v, "values");
      markDirty(t, state);
    });
  }
  get formulas(): unknown[][] {
    return this.loadedGrid("formulas");
  }
  set formulas(v: unknown[][]) {
    this.queueSet("formulas", v, (t, state) => {
      writeArray(t, v, "formulas");
      markDirty(t, state);
    });
  }
  get numberFormat(): unknown[][] {
    return this.loadedGrid("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.queueSet("numberFormat", v, (t) => writeArray(t, v, "numberFormat"));
  }

  // Navigation properties return the same object each time, as in Office.js.
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;
  private worksheetProxy?: FakeWorksheet;

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, `${this.path}.format`, this.findRange));
  }
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(
      this.context,
      `${this.path}.dataValidation`,
      this.findRange,
    ));
  }
  get worksheet(): FakeWorksheet {
    const find = (state: WorkbookState): SheetState | undefined => this.findRange(state)?.sheet;
    return (this.worksheetProxy ??= new FakeWorksheet(this.context, `${this.path}.worksheet`, find));
  }

  merge(across = false): void {
    this.queueCall("merge", [across], (t, state) => merge(t, state, across));
  }

  /** ExcelApi 1.2: the merged areas that overlap the range are unmerged. */
  unmerge(): void {
    this.queueCall("unmerge", [], (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.range));
    });
  }

  /**
   * ExcelApi 1.1: "All" clears values and formats, "Contents" the values, "Formats" the formats. The fake
   * is strict about what it leaves: merges, drop-downs, notes and tables stay until removed on their own.
   */
  clear(applyTo = "All"): void {
    this.queueCall("clear", [applyTo], (t) => clearRange(t, applyTo));
  }

  select(): void {
    this.queueCall("select", [], (t, state) => {
      state.activeSheetId = t.sheet.id;
      state.selection = { sheetId: t.sheet.id, range: t.range };
    });
  }

  /**
   * ExcelApi 1.13. As Excel does: the areas whose top-left cell lies in the range, and no result above
   * MAX_MERGED_AREAS of them (the request fails).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi(13, "Range.getMergedAreasOrNullObject");
    const find = (state: WorkbookState): RangeTarget[] | undefined => {
      const t = this.findRange(state);
      const areas = t?.sheet.merges.filter((m) => topLeftInside(m, t.range)) ?? [];
      if (areas.length > MAX_MERGED_AREAS) {
        fail("GeneralException", `More than ${MAX_MERGED_AREAS} merged areas in the range.`);
      }
      return t && areas.length > 0 ? areas.map((range) => ({ sheet: t.sheet, range })) : undefined;
    };
    return new FakeRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, find, true);
  }
}
