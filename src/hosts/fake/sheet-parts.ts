import type {
  NoteLike,
  PageLayoutLike,
  ProtectionOptionsLike,
  WorksheetProtectionLike,
} from "../office/excel-api";
import { parseAddress } from "./addresses";
import { fail } from "./errors";
import { FakeObject } from "./object";
import type { FakeRequestContext } from "./request";
import { rangeText, type SheetState, type WorkbookState } from "./state";

type FindSheet = (state: WorkbookState) => SheetState | undefined;

/** Notes are objects: on a protected sheet they change only with allowEditObjects. */
function checkObjects(sheet: SheetState): void {
  if (sheet.protection && sheet.protection.options.allowEditObjects !== true) {
    fail("AccessDenied", "The sheet is protected: notes cannot be changed.");
  }
}

/** Worksheet.protection: protect once; unprotect needs the password the sheet was protected with. */
export class FakeWorksheetProtection extends FakeObject<SheetState> implements WorksheetProtectionLike {
  protected readonly scalars = ["protected", "options"];

  readProperty(sheet: SheetState, name: string): unknown {
    if (name === "protected") return sheet.protection !== undefined;
    if (name === "options") return { ...sheet.protection?.options };
    throw new Error(`fake: WorksheetProtection.${name} is not modelled`);
  }

  get protected(): boolean {
    return this.loadedBoolean("protected");
  }
  get options(): ProtectionOptionsLike {
    const v = this.loadedValue("options");
    return typeof v === "object" && v !== null ? { ...v } : {};
  }

  protect(options: ProtectionOptionsLike = {}, password?: string): void {
    this.queueCall("protect", [options, password], (sheet) => {
      if (sheet.protection) fail("InvalidOperation", "The sheet is already protected.");
      sheet.protection = { options: { ...options }, password };
    });
  }

  unprotect(password?: string): void {
    this.queueCall("unprotect", [password], (sheet) => {
      if (sheet.protection?.password !== undefined && sheet.protection.password !== password) {
        fail("InvalidArgument", "The password is incorrect.");
      }
      sheet.protection = undefined;
    });
  }
}

/** A cell holds a note or a threaded comment, never both (Excel refuses to add the second). */
function checkNoComment(sheet: SheetState, cell: string, other: "notes" | "comments"): void {
  if (sheet[other].has(cell)) {
    fail(
      "InvalidOperation",
      `The cell ${cell} already has a ${other === "notes" ? "note" : "threaded comment"}.`,
    );
  }
}

/** A cell address for notes and comments: "A1", or "'Sheet'!A1" naming this sheet; one cell only. */
function noteCell(sheet: SheetState, address: string, needsSheet: boolean): string {
  const { sheet: named, range } = parseAddress(address);
  if (needsSheet && named === undefined) {
    fail("InvalidArgument", "The cell address of a comment must include the sheet name.");
  }
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) {
    fail("InvalidArgument", `${address} is not on sheet ${sheet.name}.`);
  }
  if (range.top !== range.bottom || range.left !== range.right)
    fail("InvalidArgument", "A note belongs to one cell.");
  return rangeText(range);
}

export class FakeNote extends FakeObject<{ sheet: SheetState; cell: string }> implements NoteLike {
  protected readonly scalars = ["content"];

  readProperty(t: { sheet: SheetState; cell: string }): unknown {
    return t.sheet.notes.get(t.cell);
  }
  get content(): string {
    return this.loadedString("content");
  }
  set content(text: string) {
    this.queueSet("content", text, (t) => {
      checkObjects(t.sheet);
      t.sheet.notes.set(t.cell, text);
    });
  }
  delete(): void {
    this.queueCall("delete", [], (t) => {
      checkObjects(t.sheet);
      t.sheet.notes.delete(t.cell);
    });
  }
}

/** Worksheet.notes (ExcelApi 1.18): one note per cell, keyed by its address. */
export class FakeNotes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly findSheet: FindSheet,
  ) {}

  add(cellAddress: string, content: string): void {
    this.context.enqueue({ path: this.path, op: "add", args: [cellAddress, content] }, (state) => {
      const sheet = this.findSheet(state) ?? fail("ItemNotFound", "The sheet does not exist.");
      const cell = noteCell(sheet, cellAddress, false);
      checkObjects(sheet);
      if (sheet.notes.has(cell)) fail("InvalidOperation", `The cell ${cell} already has a note.`);
      checkNoComment(sheet, cell, "comments");
      sheet.notes.set(cell, content);
    });
  }

  /** ExcelApi 1.18: the number of notes, known after the next sync. */
  getCount(): FakeClientResult<number> {
    return countOf(this.context, this.path, this.findSheet, (sheet) => sheet.notes.size);
  }

  /** ExcelApi 1.18: the note at an index, in the order the cells were noted. */
  getItemAt(index: number): FakeNote {
    const find = (state: WorkbookState): { sheet: SheetState; cell: string } | undefined => {
      const sheet = this.findSheet(state);
      const cell = sheet ? [...sheet.notes.keys()][index] : undefined;
      return sheet && cell !== undefined ? { sheet, cell } : undefined;
    };
    return new FakeNote(this.context, `${this.path}.getItemAt(${index})`, find);
  }

  getItemOrNullObject(key: string): FakeNote {
    const find = (state: WorkbookState): { sheet: SheetState; cell: string } | undefined => {
      const sheet = this.findSheet(state);
      if (!sheet) return undefined;
      const cell = noteCell(sheet, key, false);
      return sheet.notes.has(cell) ? { sheet, cell } : undefined;
    };
    return new FakeNote(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, find, true);
  }
}

/** OfficeExtension.ClientResult: `value` is there after the sync that carried the request. */
export class FakeClientResult<T> {
  private result?: { value: T };
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) fail("PropertyNotLoaded", "The value is not available before context.sync().");
    return this.result.value;
  }
}

function countOf(
  context: FakeRequestContext,
  path: string,
  findSheet: FindSheet,
  count: (sheet: SheetState) => number,
): FakeClientResult<number> {
  const result = new FakeClientResult<number>();
  context.enqueue(
    { path, op: "getCount" },
    (state) => count(findSheet(state) ?? fail("ItemNotFound", "The sheet does not exist.")),
    (n) => result.set(Number(n)),
  );
  return result;
}

/** A threaded comment, found by its index in the sheet's comments. */
export class FakeComment extends FakeObject<{ sheet: SheetState; cell: string }> {
  protected readonly scalars = ["content"];

  readProperty(t: { sheet: SheetState; cell: string }): unknown {
    return t.sheet.comments.get(t.cell);
  }
  delete(): void {
    this.queueCall("delete", [], (t) => {
      checkObjects(t.sheet);
      t.sheet.comments.delete(t.cell);
    });
  }
}

/** Worksheet.comments (ExcelApi 1.10): the address must name the sheet ("Excel.CommentCollection.add"). */
export class FakeComments {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly findSheet: FindSheet,
  ) {}

  add(cellAddress: string, content: string): void {
    this.context.enqueue({ path: this.path, op: "add", args: [cellAddress, content] }, (state) => {
      const sheet = this.findSheet(state) ?? fail("ItemNotFound", "The sheet does not exist.");
      const cell = noteCell(sheet, cellAddress, true);
      checkNoComment(sheet, cell, "notes");
      sheet.comments.set(cell, content);
    });
  }

  getCount(): FakeClientResult<number> {
    return countOf(this.context, this.path, this.findSheet, (sheet) => sheet.comments.size);
  }

  getItemAt(index: number): FakeComment {
    const find = (state: WorkbookState): { sheet: SheetState; cell: string } | undefined => {
      const sheet = this.findSheet(state);
      const cell = sheet ? [...sheet.comments.keys()][index] : undefined;
      return sheet && cell !== undefined ? { sheet, cell } : undefined;
    };
    return new FakeComment(this.context, `${this.path}.getItemAt(${index})`, find);
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): what is set is kept in SheetState.pageLayout by name. */
export class FakePageLayout extends FakeObject<SheetState> implements PageLayoutLike {
  protected readonly scalars = [
    "orientation",
    "paperSize",
    "topMargin",
    "bottomMargin",
    "leftMargin",
    "rightMargin",
  ];

  readProperty(sheet: SheetState, name: string): unknown {
    return sheet.pageLayout[name];
  }

  private put(name: string, value: unknown): void {
    this.queueSet(name, value, (sheet) => (sheet.pageLayout[name] = value));
  }

  get orientation(): string {
    return this.loadedString("orientation");
  }
  set orientation(v: string) {
    this.put("orientation", v);
  }
  get paperSize(): string {
    return this.loadedString("paperSize");
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  get topMargin(): number {
    return this.loadedNumber("topMargin");
  }
  set topMargin(v: number) {
    this.put("topMargin", v);
  }
  get bottomMargin(): number {
    return this.loadedNumber("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.put("bottomMargin", v);
  }
  get leftMargin(): number {
    return this.loadedNumber("leftMargin");
  }
  set leftMargin(v: number) {
    this.put("leftMargin", v);
  }
  get rightMargin(): number {
    return this.loadedNumber("rightMargin");
  }
  set rightMargin(v: number) {
    this.put("rightMargin", v);
  }
  get headerMargin(): number {
    return this.loadedNumber("headerMargin");
  }
  set headerMargin(v: number) {
    this.put("headerMargin", v);
  }
  get footerMargin(): number {
    return this.loadedNumber("footerMargin");
  }
  set footerMargin(v: number) {
    this.put("footerMargin", v);
  }
  get centerHorizontally(): boolean {
    return this.loadedBoolean("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.put("centerHorizontally", v);
  }
  get zoom(): PageLayoutLike["zoom"] {
    const v = this.loadedValue("zoom");
    return typeof v === "object" && v !== null ? { ...v } : {};
  }
  set zoom(v: PageLayoutLike["zoom"]) {
    this.put("zoom", { ...v });
  }
  get headersFooters(): PageLayoutLike["headersFooters"] {
    const put = (name: string, value: unknown): void => this.put(name, value);
    return {
      set state(v: string) {
        put("headersFooters.state", v);
      },
      get state(): string {
        throw new Error("fake: reading header/footer state is not modelled");
      },
      defaultForAllPages: footerOf("defaultForAllPages", put),
      firstPage: footerOf("firstPage", put),
    };
  }

  setPrintArea(printArea: string): void {
    this.queueCall(
      "setPrintArea",
      [printArea],
      (sheet) => (sheet.pageLayout.printArea = rangeText(parseAddress(printArea).range)),
    );
  }
  setPrintTitleRows(rows: string): void {
    this.queueCall("setPrintTitleRows", [rows], (sheet) => (sheet.pageLayout.printTitleRows = rows));
  }
}

function footerOf(
  page: string,
  put: (name: string, value: unknown) => void,
): { centerFooter: string; centerHeader: string } {
  return {
    set centerFooter(v: string) {
      put(`headersFooters.${page}.centerFooter`, v);
    },
    get centerFooter(): string {
      throw new Error("fake: reading footers is not modelled");
    },
    set centerHeader(v: string) {
      put(`headersFooters.${page}.centerHeader`, v);
    },
    get centerHeader(): string {
      throw new Error("fake: reading headers is not modelled");
    },
  };
}
