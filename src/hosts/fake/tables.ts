import type { TableCollectionLike, TableLike } from "../office/excel-api";
import { parseAddress } from "./addresses";
import { valueOut } from "./cell-rules";
import { fail } from "./errors";
import { checkDefinedName } from "./names";
import { FakeCollection, FakeObject } from "./object";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request";
import { cellKey, overlaps, type SheetState, type TableState, type WorkbookState } from "./state";
import { FakeWorksheet } from "./worksheet";

type FindSheet = (state: WorkbookState) => SheetState | undefined;

/** Header texts from the header row; Excel names an empty header "ColumnN" and repeats "Name2". */
function headers(sheet: SheetState, t: Pick<TableState, "range">): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let col = t.range.left; col <= t.range.right; col++) {
    const text = String(valueOut(sheet.cells.get(cellKey(t.range.top, col))));
    let name = text === "" ? `Column${col - t.range.left + 1}` : text;
    for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${text}${i}`;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

export class FakeTable extends FakeObject<TableState> implements TableLike {
  protected readonly scalars = ["name", "style", "showTotals", "showFilterButton"];

  readProperty(t: TableState, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "style":
        return t.style;
      case "showTotals":
        return t.showTotals;
      case "showFilterButton":
        return t.showFilterButton;
      default:
        throw new Error(`fake: Table.${name} is not modelled`);
    }
  }

  get name(): string {
    return this.loadedString("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (t, state) => {
      checkDefinedName(state, name, state.names, t);
      t.name = name;
    });
  }
  get style(): string {
    return this.loadedString("style");
  }
  set style(style: string) {
    this.queueSet("style", style, (t) => (t.style = style));
  }
  get showFilterButton(): boolean {
    return this.loadedBoolean("showFilterButton");
  }
  set showFilterButton(v: boolean) {
    this.queueSet("showFilterButton", v, (t) => (t.showFilterButton = v));
  }
  get showTotals(): boolean {
    return this.loadedBoolean("showTotals");
  }
  /** Showing the totals row adds the row below the table to it; hiding it takes that row out. */
  set showTotals(v: boolean) {
    this.queueSet("showTotals", v, (t) => {
      if (v === t.showTotals) return;
      t.range = { ...t.range, bottom: t.range.bottom + (v ? 1 : -1) };
      t.showTotals = v;
    });
  }

  // Navigation properties return the same object each time, as in Office.js.
  private columnsProxy?: FakeTableColumns;
  private worksheetProxy?: FakeWorksheet;

  get columns(): FakeTableColumns {
    return (this.columnsProxy ??= new FakeTableColumns(
      this.context,
      `${this.path}.columns`,
      (state) => this.target(state).columns,
    ));
  }
  get worksheet(): FakeWorksheet {
    const find = (state: WorkbookState): SheetState | undefined =>
      state.sheetById(this.target(state).sheetId);
    return (this.worksheetProxy ??= new FakeWorksheet(this.context, `${this.path}.worksheet`, find));
  }
  /** The table goes; its cells keep their values (Table.delete, ExcelApi 1.1). */
  delete(): void {
    this.queueCall("delete", [], (t, state) => {
      state.tables = state.tables.filter((other) => other !== t);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange()`, (state) => {
      const t = this.target(state);
      const sheet = state.sheetById(t.sheetId);
      return sheet ? { sheet, range: t.range } : undefined;
    });
  }
}

class FakeTableColumn extends FakeObject<string> {
  protected readonly scalars = ["name"];
  readProperty(name: string): unknown {
    return name;
  }
  get name(): string {
    return this.loadedString("name");
  }
}

class FakeTableColumns extends FakeCollection<string, FakeTableColumn> {
  protected readonly itemScalars = ["name"];
  protected proxyFor(name: string, index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}[${index}]`, () => name);
  }
}

/** workbook.tables, or a worksheet's tables. */
export class FakeTableCollection
  extends FakeCollection<TableState, FakeTable>
  implements TableCollectionLike
{
  protected readonly itemScalars = ["name", "style", "showTotals"];

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly findSheet?: FindSheet,
  ) {
    super(context, path, (state) => {
      const sheet = findSheet?.(state);
      return findSheet ? state.tables.filter((t) => t.sheetId === sheet?.id) : state.tables;
    });
  }

  protected proxyFor(item: TableState): FakeTable {
    return new FakeTable(this.context, `${this.path}[${JSON.stringify(item.name)}]`, (state) =>
      state.tables.find((t) => t.id === item.id),
    );
  }

  /**
   * TableCollection.add: "If the address does not contain a sheet name, the currently-active sheet is
   * used" — for a worksheet's collection the fake takes that worksheet, and a named sheet must be it.
   */
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.context.enqueue({ path: this.path, op: "add", args: [address, hasHeaders] }, (state) => {
      if (!hasHeaders) fail("NotImplemented", "fake: tables without a header row are not modelled");
      const parsed = parseAddress(address);
      const own = this.findSheet?.(state);
      const sheet =
        parsed.sheet !== undefined
          ? state.sheetByName(parsed.sheet)
          : (own ?? state.sheets.find((s) => s.id === state.activeSheetId));
      if (!sheet || (own && sheet !== own)) fail("InvalidArgument", `Cannot add a table at ${address} here.`);
      if (state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.range, parsed.range))) {
        fail("InvalidOperation", "A table cannot overlap another table.");
      }
      if (sheet.merges.some((m) => overlaps(m, parsed.range)))
        fail("InvalidOperation", "A table cannot contain merged cells.");
      let n = state.tables.length + 1;
      while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      created = {
        id: state.nextId("table"),
        name: `Table${n}`,
        sheetId: sheet.id,
        range: parsed.range,
        columns: headers(sheet, { range: parsed.range }),
        style: "TableStyleMedium2",
        showTotals: false,
        showFilterButton: true,
      };
      state.tables.push(created);
    });
    return new FakeTable(this.context, `${this.path}.add(${JSON.stringify(address)})`, () => created);
  }

  getItem(key: string): FakeTable {
    const lower = key.toLowerCase();
    return new FakeTable(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, (state) =>
      state.tables.find((t) => t.name.toLowerCase() === lower),
    );
  }
}
