import { columnLetters } from "../../core/workbook-model/address";
import type { NamedItemCollectionLike, NamedItemLike } from "../office/excel-api";
import { parseAddress } from "./addresses";
import { fail } from "./errors";
import { FakeCollection, FakeObject } from "./object";
import type { FakeRequestContext } from "./request";
import { addressSheet, type NameState, type SheetState, type WorkbookState } from "./state";

type FindSheet = (state: WorkbookState) => SheetState | undefined;

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Excel's rules for defined and table names, which share one namespace. */
export function checkDefinedName(
  state: WorkbookState,
  name: string,
  scope: NameState[],
  self?: unknown,
): void {
  if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
    fail("InvalidArgument", `"${name}" is not a valid name.`);
  }
  const key = name.toLowerCase();
  const clash =
    scope.some((n) => n !== self && n.name.toLowerCase() === key) ||
    state.tables.some((t) => t !== self && t.name.toLowerCase() === key);
  if (clash) fail("ItemAlreadyExists", `The name "${name}" already exists.`);
}

function absolute(ref: NonNullable<NameState["ref"]>): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  const a = cell(ref.range.top, ref.range.left);
  const b = cell(ref.range.bottom, ref.range.right);
  return a === b ? a : `${a}:${b}`;
}

/** A range name follows its sheet's renames; once the sheet is deleted it refers to #REF!. */
function formulaOf(n: NameState, state: WorkbookState): string {
  if (!n.ref) return n.formula ?? "";
  const sheet = state.sheetById(n.ref.sheetId);
  return sheet ? `=${addressSheet(sheet.name)}!${absolute(n.ref)}` : `=#REF!${absolute(n.ref)}`;
}

export class FakeNamedItem extends FakeObject<NameState> implements NamedItemLike {
  protected readonly scalars = ["name", "type", "formula", "value", "visible"];

  constructor(
    context: FakeRequestContext,
    path: string,
    find: (state: WorkbookState) => NameState | undefined,
    private readonly scope: (state: WorkbookState) => NameState[] | undefined,
  ) {
    super(context, path, find);
  }

  readProperty(n: NameState, name: string, state: WorkbookState): unknown {
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return n.ref ? (state.sheetById(n.ref.sheetId) ? "Range" : "Error") : "String";
      case "formula":
      case "value":
        return formulaOf(n, state);
      case "visible":
        return true;
      default:
        throw new Error(`fake: NamedItem.${name} is not modelled`);
    }
  }

  get name(): string {
    return this.loadedString("name");
  }
  get type(): string {
    return this.loadedString("type");
  }
  get formula(): unknown {
    return this.loadedValue("formula");
  }
  /** ExcelApi 1.7: a name can be pointed elsewhere; formulas that use it keep using it. */
  set formula(reference: unknown) {
    this.queueSet("formula", reference, (n, state) => {
      const text = String(reference);
      const parsed = text.startsWith("=") ? parseAddress(text) : undefined;
      const sheet = parsed?.sheet === undefined ? undefined : state.sheetByName(parsed.sheet);
      if (parsed && parsed.sheet !== undefined && !sheet)
        fail("InvalidArgument", `The reference ${text} refers to a missing sheet.`);
      if (sheet && parsed) {
        n.ref = { sheetId: sheet.id, range: parsed.range };
        delete n.formula;
      } else {
        delete n.ref;
        n.formula = text;
      }
    });
  }
  delete(): void {
    this.queueCall("delete", [], (n, state) => {
      const list = this.scope(state) ?? [];
      list.splice(list.indexOf(n), 1);
    });
  }
}

/** workbook.names (no sheet) or worksheet.names (names scoped to that sheet, ExcelApi 1.4). */
export class FakeNamedItemCollection
  extends FakeCollection<NameState, FakeNamedItem>
  implements NamedItemCollectionLike
{
  protected readonly itemScalars = ["name", "type", "formula"];
  private readonly scope: (state: WorkbookState) => NameState[] | undefined;

  constructor(context: FakeRequestContext, path: string, findSheet?: FindSheet) {
    const scope = (state: WorkbookState): NameState[] | undefined =>
      findSheet ? findSheet(state)?.names : state.names;
    super(context, path, (state) => scope(state) ?? fail("ItemNotFound", "The sheet does not exist."));
    this.scope = scope;
  }

  protected proxyFor(item: NameState): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this.path}[${JSON.stringify(item.name)}]`,
      () => item,
      this.scope,
    );
  }

  add(name: string, reference: string, comment?: string): void {
    this.context.enqueue({ path: this.path, op: "add", args: [name, reference, comment] }, (state) => {
      const scope = this.scope(state) ?? fail("ItemNotFound", "The sheet does not exist.");
      checkDefinedName(state, name, scope);
      const parsed = reference.startsWith("=") ? parseAddress(reference) : undefined;
      const sheet = parsed?.sheet === undefined ? undefined : state.sheetByName(parsed.sheet);
      if (parsed && !sheet) fail("InvalidArgument", `The reference ${reference} refers to a missing sheet.`);
      scope.push(
        sheet && parsed
          ? { name, ref: { sheetId: sheet.id, range: parsed.range } }
          : { name, formula: reference },
      );
    });
  }

  getItem(name: string): FakeNamedItem {
    const key = name.toLowerCase();
    const find = (state: WorkbookState): NameState | undefined =>
      this.scope(state)?.find((n) => n.name.toLowerCase() === key);
    return new FakeNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, find, this.scope);
  }
}
