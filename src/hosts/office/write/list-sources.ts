import { parseRange, rangeToA1 } from "../../../core/workbook-model/address";
import type { ListValidation } from "../../../core/workbook-model/plan";
import { absoluteA1, quoteSheet } from "../sheet-address";
import { sheetOf, simpleOp, type WriteOp } from "./op";
import { blockOps } from "./value-ops";

/** Excel's limit on an inline list ("a,b,c"). */
const MAX_INLINE = 255;

/** The hidden lists sheet an earlier write left: its columns from row 1, and how many columns it uses. */
export interface ExistingLists {
  sheet: string;
  columns: string[][];
  width: number;
}

/**
 * Drop-down sources. A short list without commas is written inline; any other goes to a hidden sheet, one
 * column per distinct list, and the validation refers to that column (as hosts/xlsx does). The sheet an
 * earlier write left is used again: a list it holds already is referred to where it is, a new one goes in
 * the next free column, and nothing already there moves (other sheets' drop-downs may refer to it).
 */
export class ListSources {
  private readonly columns: string[][] = [];
  private readonly byKey = new Map<string, number>();
  private readonly firstFree: number;

  constructor(
    readonly sheetName: string,
    private readonly existing?: ExistingLists,
  ) {
    existing?.columns.forEach((values, i) => {
      if (values.length > 0 && !this.byKey.has(keyOf(values))) this.byKey.set(keyOf(values), i);
    });
    this.firstFree = existing?.width ?? 0;
  }

  get used(): boolean {
    return this.columns.length > 0;
  }

  sourceFor(values: string[]): string {
    const inline = values.join(",");
    if (inline.length <= MAX_INLINE && !values.some((v) => v.includes(","))) return inline;
    const key = keyOf(values);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.firstFree + this.columns.push(values) - 1;
      this.byKey.set(key, index);
    }
    const column = { top: 1, left: index + 1, bottom: values.length, right: index + 1 };
    return `=${quoteSheet(this.sheetName)}!${absoluteA1(column)}`;
  }

  /** Adds the hidden sheet (unless it exists) and the new lists. Must run before the validations. */
  ops(): WriteOp[] {
    if (!this.used) return [];
    const sheet = this.sheetName;
    const height = Math.max(...this.columns.map((c) => c.length));
    const rows = Array.from({ length: height }, (_, i) => this.columns.map((c) => c[i] ?? null));
    return [
      ...(this.existing
        ? []
        : [
            simpleOp({ add: sheet }, (context) => {
              context.workbook.worksheets.add(sheet).visibility = "Hidden";
            }),
          ]),
      ...blockOps(sheet, 1, this.firstFree + 1, rows),
    ];
  }
}

function keyOf(values: string[]): string {
  return JSON.stringify(values);
}

/** Excel's limits on a validation's error title and message (characters). */
export const MAX_ERROR_TITLE = 32;
export const MAX_ERROR_MESSAGE = 225;

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * The drop-downs; an error title or message over Excel's limit (an edited criteria workbook can have
 * one) is cut with "…", and `cutAt` receives the cells whose texts were cut.
 */
export function validationOps(
  sheet: string,
  validations: ListValidation[],
  lists: ListSources,
  cutAt: (where: string) => void = () => undefined,
): WriteOp[] {
  return validations.map((v) => {
    const range = rangeToA1(parseRange(v.range));
    const source = lists.sourceFor(v.values);
    const title = cut(v.error?.title ?? "", MAX_ERROR_TITLE);
    const message = cut(v.error?.message ?? "", MAX_ERROR_MESSAGE);
    if (title !== (v.error?.title ?? "") || message !== (v.error?.message ?? "")) cutAt(`${sheet}!${range}`);
    return simpleOp({ range, source, error: { title, message } }, (context) => {
      const validation = sheetOf(context, sheet).getRange(range).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.errorAlert = { showAlert: true, style: "Stop", title, message };
    });
  });
}
