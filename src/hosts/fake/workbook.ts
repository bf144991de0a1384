import type { WorkbookLike, WorkbookProtectionLike, WorksheetCollectionLike } from "../office/excel-api";
import { fail } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeCollection, FakeObject } from "./object";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request";
import { SheetState, type WorkbookState } from "./state";
import { FakeTableCollection } from "./tables";
import { checkSheetName, checkStructure, FakeWorksheet } from "./worksheet";

/** Workbook.protection (ExcelApi 1.7). */
export class FakeWorkbookProtection extends FakeObject<WorkbookState> implements WorkbookProtectionLike {
  protected readonly scalars = ["protected"];

  readProperty(state: WorkbookState, name: string): unknown {
    if (name === "protected") return state.structureProtected;
    throw new Error(`fake: WorkbookProtection.${name} is not modelled`);
  }

  get protected(): boolean {
    return this.loadedBoolean("protected");
  }
}

export class FakeWorksheetCollection
  extends FakeCollection<SheetState, FakeWorksheet>
  implements WorksheetCollectionLike
{
  protected readonly itemScalars = ["id", "name", "visibility", "position"];

  protected proxyFor(item: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets[${JSON.stringify(item.id)}]`, (state) =>
      state.sheetById(item.id),
    );
  }

  /** Sheet names are matched without regard to case, as Excel does. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${JSON.stringify(key)})`, (state) =>
      state.sheetByName(key),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const path = `worksheets.getItemOrNullObject(${JSON.stringify(key)})`;
    return new FakeWorksheet(this.context, path, (state) => state.sheetByName(key), true);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.context.enqueue({ path: "worksheets", op: "add", args: [name] }, (state) => {
      checkStructure(state);
      let sheetName = name;
      for (let n = state.sheets.length + 1; sheetName === undefined; n++) {
        if (!state.sheetByName(`Sheet${n}`)) sheetName = `Sheet${n}`;
      }
      checkSheetName(state, sheetName);
      created = new SheetState(state.nextId("sheet"), sheetName);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? "")})`, () => created);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", (state) =>
      state.activeSheetId === undefined ? undefined : state.sheetById(state.activeSheetId),
    );
  }
}

export class FakeWorkbook extends FakeObject<WorkbookState> implements WorkbookLike {
  protected readonly scalars = ["name"];

  constructor(context: FakeRequestContext) {
    super(context, "workbook", (state) => state);
  }

  readProperty(state: WorkbookState, name: string): unknown {
    if (name === "name") return state.name;
    throw new Error(`fake: Workbook.${name} is not modelled`);
  }

  get name(): string {
    return this.loadedString("name");
  }
  // Navigation properties return the same object each time, as in Office.js.
  private worksheetsProxy?: FakeWorksheetCollection;
  private namesProxy?: FakeNamedItemCollection;
  private tablesProxy?: FakeTableCollection;
  private protectionProxy?: FakeWorkbookProtection;

  get worksheets(): FakeWorksheetCollection {
    return (this.worksheetsProxy ??= new FakeWorksheetCollection(
      this.context,
      "worksheets",
      (state) => state.sheets,
    ));
  }
  get names(): FakeNamedItemCollection {
    return (this.namesProxy ??= new FakeNamedItemCollection(this.context, "names"));
  }
  get tables(): FakeTableCollection {
    return (this.tablesProxy ??= new FakeTableCollection(this.context, "tables"));
  }

  get protection(): FakeWorkbookProtection {
    this.context.requireApi(7, "Workbook.protection");
    return (this.protectionProxy ??= new FakeWorkbookProtection(
      this.context,
      "workbook.protection",
      (state) => state,
    ));
  }

  /** The selection, or A1 of the active sheet when the test set none. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "getSelectedRange()", (state) => {
      const selection = state.selection;
      if ((selection?.areas ?? 1) > 1) {
        fail("InvalidSelection", "The current selection is invalid for this operation.");
      }
      const sheet = state.sheetById(selection?.sheetId ?? state.activeSheetId ?? "");
      if (!sheet) return undefined;
      return { sheet, range: selection?.range ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}
