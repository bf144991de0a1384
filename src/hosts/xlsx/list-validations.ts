import { parseRange, rangeToA1 } from "../../core/workbook-model/address";
import type { ListValidation, SheetPlan } from "../../core/workbook-model/plan";
import { absoluteRef } from "../../core/workbook-model/sheet-refs";
import { LISTS_SHEET, uniqueSheetName } from "../../core/workbook-model/sheet-names";
import { attrs, xml } from "./write/xml-escape";

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

  /** Whether a list must go to the hidden sheet. */
  static needsSheet(values: string[]): boolean {
    return values.join(",").length > MAX_INLINE || values.some((v) => v.includes(",") || v.includes('"'));
  }

  formulaFor(values: string[]): string {
    if (!ListSheet.needsSheet(values)) return `"${values.join(",")}"`;
    const key = JSON.stringify(values);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.columns.push(values) - 1;
      this.byKey.set(key, index);
    }
    return absoluteRef(this.sheetName, { top: 1, left: index + 1, bottom: values.length, right: index + 1 });
  }

  /** The hidden sheet, when some list needed it. Ask after every other sheet has been written. */
  sheetPlan(): SheetPlan | undefined {
    if (this.columns.length === 0) return undefined;
    const height = Math.max(...this.columns.map((c) => c.length));
    const rows = Array.from({ length: height }, (_, i) => this.columns.map((values) => values[i] ?? null));
    return { name: this.sheetName, visibility: "hidden", blocks: [{ origin: "A1", rows }] };
  }
}

/** A sheet's <dataValidations>: one entry per plan range (one sqref, not one per cell). */
export function listValidationsXml(validations: ListValidation[], lists: ListSheet): string {
  if (validations.length === 0) return "";
  const entries = validations.map((v) => {
    const head = attrs({
      type: "list",
      allowBlank: true,
      showErrorMessage: true,
      ...(v.error ? { errorTitle: v.error.title, error: v.error.message } : {}),
      sqref: rangeToA1(parseRange(v.range)),
    });
    return `<dataValidation${head}><formula1>${xml(lists.formulaFor(v.values))}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${entries.length}">${entries.join("")}</dataValidations>`;
}

export function listSheetName(sheetNames: string[]): string {
  return uniqueSheetName(LISTS_SHEET, new Set(sheetNames.map((n) => n.toLowerCase())));
}
