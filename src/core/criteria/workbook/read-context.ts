/** What every part reader gets: the log and the helpers that turn a record's cell into a checked value. */
import type { CellSnapshot } from "../../workbook-model/snapshot";
import type { BlockRecord } from "./block-read";
import { cellNumber, cellText } from "./cells";
import { quotedList, type CriteriaTextKey, type ProblemParams } from "./problem-text";
import type { ProblemLog, Where } from "./problems";
import { readYesNo, YES_NO_WORDS } from "./vocabulary";

export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function where<K extends string>(sheet: string, record: BlockRecord<K>, key?: K): Where {
  const column = key === undefined ? undefined : record.column(key);
  return { sheet, row: record.row, ...(column !== undefined ? { column } : {}) };
}

/** Reads the cells of one record of one sheet, reporting problems against it. */
export class RecordReader<K extends string> {
  constructor(
    readonly sheet: string,
    readonly record: BlockRecord<K>,
    private readonly log: ProblemLog,
  ) {}

  get row(): number {
    return this.record.row;
  }

  cell(key: K): CellSnapshot | undefined {
    return this.record.cell(key);
  }

  text(key: K): string {
    return cellText(this.record.cell(key));
  }

  /** Text, or undefined when the cell is blank (for optional model properties). */
  optional(key: K): string | undefined {
    const t = this.text(key);
    return t === "" ? undefined : t;
  }

  /** A number; blank gives `fallback`; text that is not a number is an error and gives `fallback`. */
  /** `what` is the catalogue's name of the column, for the problem's text ("what.step"). */
  number(key: K, fallback: number | undefined, what: CriteriaTextKey): number | undefined {
    if (this.text(key) === "") return fallback;
    const n = cellNumber(this.record.cell(key));
    if (n === undefined) this.error(key, "cell.not-a-number", { what: { text: what }, text: this.text(key) });
    return n ?? fallback;
  }

  error(key: K | undefined, text: CriteriaTextKey, params: ProblemParams = {}): void {
    this.log.error(where(this.sheet, this.record, key), text, params);
  }

  /** An error at a 1-based character position inside the cell's text. */
  errorAt(key: K, position: number, text: CriteriaTextKey, params: ProblemParams = {}): void {
    this.log.error({ ...where(this.sheet, this.record, key), position }, text, params);
  }

  warning(key: K | undefined, text: CriteriaTextKey, params: ProblemParams = {}): void {
    this.log.warning(where(this.sheet, this.record, key), text, params);
  }

  /** Yes or no (the vocabulary's words); blank gives the fallback, anything else a warning and the fallback. */
  yesNo(key: K, fallback: boolean): boolean {
    const text = this.text(key);
    if (text === "") return fallback;
    const v = readYesNo(text);
    if (v === undefined) {
      this.warning(key, "cell.not-yes-no", { words: quotedList(YES_NO_WORDS), text });
    }
    return v ?? fallback;
  }

  /** A required text; blank is an error. */
  required(key: K, what: CriteriaTextKey): string | undefined {
    const t = this.text(key);
    if (t === "") this.error(key, "cell.missing", { what: { text: what } });
    return t === "" ? undefined : t;
  }
}
