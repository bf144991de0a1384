import type ExcelJS from "exceljs";
import { parseRange, rangeToA1 } from "../../core/workbook-model/address";
import type { ListValidation } from "../../core/workbook-model/plan";
import { toExcelValue } from "./excel-values";
import { absoluteRef } from "../../core/workbook-model/sheet-refs";

/** Excel's limit on an inline list ("a,b,c"), counted without the quotes. */
const MAX_INLINE = 255;

/**
 * Lists too long to write inline (or containing commas or quotes) go to a hidden sheet, one column per
 * distinct list, and the validation refers to that column.
 */
export class ListSheet {
  private readonly columns: string[][] = [];
  private readonly byKey = new Map<string, number>();

  constructor(readonly sheetName: string) {}

  formulaFor(values: string[]): string {
    const inline = values.join(",");
    if (inline.length <= MAX_INLINE && !values.some((v) => v.includes(",") || v.includes('"'))) {
      return `"${inline}"`;
    }
    const key = JSON.stringify(values);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.columns.push(values) - 1;
      this.byKey.set(key, index);
    }
    return absoluteRef(this.sheetName, { top: 1, left: index + 1, bottom: values.length, right: index + 1 });
  }

  /** Adds the hidden sheet when some list needed it. Call after every visible sheet has been added. */
  writeSheet(workbook: ExcelJS.Workbook): void {
    if (this.columns.length === 0) return;
    const ws = workbook.addWorksheet(this.sheetName, { state: "hidden" });
    this.columns.forEach((values, j) =>
      values.forEach((v, i) => (ws.getCell(i + 1, j + 1).value = toExcelValue(v))),
    );
  }
}

/** ExcelJS's validation store; its typings leave it out. */
interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export function addListValidations(
  ws: ExcelJS.Worksheet,
  validations: ListValidation[],
  lists: ListSheet,
): void {
  const store = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  for (const v of validations) {
    // Keyed by the whole range, the validation is written as one sqref; the public per-cell API would
    // create an entry for every cell of the range.
    store.add(rangeToA1(parseRange(v.range)), {
      type: "list",
      allowBlank: true,
      formulae: [lists.formulaFor(v.values)],
      showErrorMessage: true,
      errorStyle: "stop",
      ...(v.error ? { errorTitle: v.error.title, error: v.error.message } : {}),
    });
  }
}

export function listSheetName(sheetNames: string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  let name = "_lists";
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `_lists${i}`;
  return name;
}
