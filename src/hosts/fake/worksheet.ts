import type { RangeRef } from "../../core/workbook-model/address";
import type { WorksheetLike } from "../office/excel-api";
import { parseAddress } from "./addresses";
import { fail } from "./errors";
import { FakeChartCollection } from "./charts";
import { FakeNamedItemCollection } from "./names";
import { FakeObject } from "./object";
import { FakeRange } from "./range";
import type { RangeTarget } from "./range-cells";
import type { FakeRequestContext } from "./request";
import { FakeComments, FakeNotes, FakePageLayout, FakeWorksheetProtection } from "./sheet-parts";
import { keyToCell, MAX_COLUMNS, MAX_ROWS, type SheetState, type WorkbookState } from "./state";
import { breakReferences, renameReferences } from "./sheet-references";
import { copySheet } from "./sheet-copy";
import { FakeTableCollection } from "./tables";

type FindSheet = (state: WorkbookState) => SheetState | undefined;

const FORBIDDEN = /[[\]:*?/\\]/;

/** A workbook with its structure protected refuses to add, delete, rename, hide or show sheets. */
export function checkStructure(state: WorkbookState): void {
  if (state.structureProtected) fail("AccessDenied", "The workbook's structure is protected.");
}

export function checkSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    fail("InvalidArgument", `"${name}" is not a valid sheet name.`);
  }
  const other = state.sheetByName(name);
  if (other && other !== self) fail("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
}

function visibleCount(state: WorkbookState): number {
  return state.sheets.filter((s) => s.visibility === "Visible").length;
}

/** The smallest range holding every value (and, unless valuesOnly, every formatted cell). */
function usedRange(sheet: SheetState, valuesOnly: boolean): RangeRef | undefined {
  const keys = valuesOnly ? [...sheet.cells.keys()] : [...sheet.cells.keys(), ...sheet.formats.keys()];
  if (keys.length === 0) return undefined;
  let r: RangeRef = { top: MAX_ROWS, left: MAX_COLUMNS, bottom: 1, right: 1 };
  for (const key of keys) {
    const { row, col } = keyToCell(key);
    r = {
      top: Math.min(r.top, row),
      left: Math.min(r.left, col),
      bottom: Math.max(r.bottom, row),
      right: Math.max(r.right, col),
    };
  }
  return r;
}

function deleteSheet(sheet: SheetState, state: WorkbookState): void {
  checkStructure(state);
  // "If the worksheet's visibility is set to VeryHidden, the delete operation will fail" (Worksheet.delete).
  if (sheet.visibility === "VeryHidden") fail("InvalidOperation", "A very hidden sheet cannot be deleted.");
  if (sheet.visibility === "Visible" && visibleCount(state) === 1) {
    fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
  }
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
  breakReferences(state, sheet.name);
  if (state.activeSheetId === sheet.id)
    state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id;
}

export class FakeWorksheet extends FakeObject<SheetState> implements WorksheetLike {
  protected readonly scalars = ["id", "name", "visibility", "position", "tabColor", "showGridlines"];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly findSheet: FindSheet,
    nullable = false,
  ) {
    super(context, path, findSheet, nullable);
  }

  readProperty(sheet: SheetState, name: string, state: WorkbookState): unknown {
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "visibility":
        return sheet.visibility;
      case "position":
        return state.sheets.indexOf(sheet);
      case "tabColor":
        return sheet.tabColor;
      case "showGridlines":
        return sheet.showGridlines;
      default:
        throw new Error(`fake: Worksheet.${name} is not modelled`);
    }
  }

  get id(): string {
    return this.loadedString("id");
  }
  get name(): string {
    return this.loadedString("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (sheet, state) => {
      checkStructure(state);
      checkSheetName(state, name, sheet);
      renameReferences(state, sheet.name, name);
      sheet.name = name;
    });
  }
  get visibility(): string {
    return this.loadedString("visibility");
  }
  set visibility(v: string) {
    this.queueSet("visibility", v, (sheet, state) => {
      if (v !== sheet.visibility) checkStructure(state);
      if (v !== "Visible" && sheet.visibility === "Visible" && visibleCount(state) === 1) {
        fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = v;
    });
  }
  get tabColor(): string {
    return this.loadedString("tabColor");
  }
  set tabColor(v: string) {
    this.queueSet("tabColor", v, (sheet) => (sheet.tabColor = v.toUpperCase()));
  }
  get showGridlines(): boolean {
    return this.loadedBoolean("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.queueSet("showGridlines", v, (sheet) => (sheet.showGridlines = v));
  }

  // Navigation properties return the same object each time, as in Office.js.
  private namesProxy?: FakeNamedItemCollection;
  private tablesProxy?: FakeTableCollection;
  private pageLayoutProxy?: FakePageLayout;
  private notesProxy?: FakeNotes;
  private commentsProxy?: FakeComments;
  private protectionProxy?: FakeWorksheetProtection;
  private chartsProxy?: FakeChartCollection;

  get charts(): FakeChartCollection {
    return (this.chartsProxy ??= new FakeChartCollection(
      this.context,
      `${this.path}.charts`,
      this.findSheet,
    ));
  }

  get names(): FakeNamedItemCollection {
    return (this.namesProxy ??= new FakeNamedItemCollection(
      this.context,
      `${this.path}.names`,
      this.findSheet,
    ));
  }
  get tables(): FakeTableCollection {
    return (this.tablesProxy ??= new FakeTableCollection(
      this.context,
      `${this.path}.tables`,
      this.findSheet,
    ));
  }
  get freezePanes(): WorksheetLike["freezePanes"] {
    const freeze = (
      op: string,
      args: unknown,
      panes: (s: SheetState) => { rows: number; columns: number },
    ): void => this.queueCall(op, args, (sheet) => (sheet.freeze = panes(sheet)));
    return {
      freezeRows: (count = 1) =>
        freeze("freezePanes.freezeRows", [count], () => ({ rows: count, columns: 0 })),
      freezeColumns: (count = 1) =>
        freeze("freezePanes.freezeColumns", [count], () => ({ rows: 0, columns: count })),
      freezeAt: (frozenRange) =>
        freeze("freezePanes.freezeAt", [frozenRange], () => {
          const r = parseAddress(frozenRange).range;
          return { rows: r.bottom, columns: r.right };
        }),
      unfreeze: () => this.queueCall("freezePanes.unfreeze", [], (sheet) => (sheet.freeze = undefined)),
    };
  }
  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(
      this.context,
      `${this.path}.protection`,
      this.findSheet,
    ));
  }
  /** ExcelApi 1.9. */
  get pageLayout(): FakePageLayout {
    this.context.requireApi(9, "Worksheet.pageLayout");
    return (this.pageLayoutProxy ??= new FakePageLayout(
      this.context,
      `${this.path}.pageLayout`,
      this.findSheet,
    ));
  }
  /** ExcelApi 1.18. */
  get notes(): FakeNotes {
    this.context.requireApi(18, "Worksheet.notes");
    return (this.notesProxy ??= new FakeNotes(this.context, `${this.path}.notes`, this.findSheet));
  }
  /** ExcelApi 1.10. */
  get comments(): FakeComments {
    this.context.requireApi(10, "Worksheet.comments");
    return (this.commentsProxy ??= new FakeComments(this.context, `${this.path}.comments`, this.findSheet));
  }

  private rangeProxy(
    label: string,
    range: (sheet: SheetState) => RangeRef | undefined,
    nullable = false,
  ): FakeRange {
    const find = (state: WorkbookState): RangeTarget | undefined => {
      const sheet = this.findSheet(state);
      const r = sheet ? range(sheet) : undefined;
      return sheet && r ? { sheet, range: r } : undefined;
    };
    return new FakeRange(this.context, `${this.path}.${label}`, find, nullable);
  }

  getRange(address?: string): FakeRange {
    const parsed = address === undefined ? undefined : parseAddress(address);
    return this.rangeProxy(`getRange(${JSON.stringify(address ?? "")})`, (sheet) => {
      if (parsed?.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        fail("InvalidArgument", `${address} is not on sheet ${sheet.name}.`);
      }
      return parsed?.range ?? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const range = {
      top: startRow + 1,
      left: startColumn + 1,
      bottom: startRow + rowCount,
      right: startColumn + columnCount,
    };
    const outside =
      startRow < 0 ||
      startColumn < 0 ||
      rowCount < 1 ||
      columnCount < 1 ||
      range.bottom > MAX_ROWS ||
      range.right > MAX_COLUMNS;
    // As in Office.js, a bad argument is found by Excel when the request runs, not when it is queued.
    return this.rangeProxy(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () =>
      outside ? fail("InvalidArgument", "The range is outside the sheet.") : range,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.rangeProxy(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet) => usedRange(sheet, valuesOnly),
      true,
    );
  }

  activate(): void {
    this.queueCall("activate", [], (sheet, state) => {
      if (sheet.visibility !== "Visible") fail("InvalidOperation", "A hidden sheet cannot be activated.");
      state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.queueCall("delete", [], deleteSheet);
  }

  /**
   * ExcelApi 1.7: a copy of the sheet at the end, named "Name (2)": its cells, formats, merges, tables
   * (under new names), drop-downs, notes and setup; names that refer to the sheet get a copy scoped to it.
   */
  copy(positionType = "End"): FakeWorksheet {
    let created: SheetState | undefined;
    this.queueCall("copy", [positionType], (sheet, state) => {
      checkStructure(state);
      created = copySheet(sheet, state);
    });
    return new FakeWorksheet(this.context, `${this.path}.copy()`, () => created);
  }
}
