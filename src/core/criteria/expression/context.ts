import type { ExprValue } from "./values";

/** What a rule can see while it is evaluated. */
export interface EvalContext {
  /** The value of "." (blank when absent). */
  self?: ExprValue;
  /** A field, row column or setting by name; undefined when the name is unknown. */
  resolve(name: string): ExprValue | undefined;
  /** All values of a table column; undefined when the table or column is unknown. */
  column(table: string, column: string): ExprValue[] | undefined;
  /** Non-blank rows of a table, for ROWS(tbl_x); undefined when the table is unknown. */
  rowCount?(table: string): number | undefined;
  /** Excel serial of today, for TODAY(). */
  today?: number;
}
