/**
 * A block is one Excel table on a criteria sheet: a header row and one record per row below it. Blocks that
 * share a sheet sit side by side on the same header row, so inserting rows in one never shifts another.
 */

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  /** Other header texts accepted when reading. */
  aliases?: readonly string[];
  /** The block is recognised by the row holding all its required headers. */
  required?: boolean;
  width: number;
  /** Written as text ("@"), so Excel keeps "1.0" and does not treat a leading "=" as a formula. */
  text?: boolean;
  wrap?: boolean;
}

export interface BlockSpec<K extends string> {
  /** Excel table name ("crit_rules"). */
  table: string;
  title: string;
  columns: readonly ColumnSpec<K>[];
}

export type KeysOf<S> = S extends BlockSpec<infer K> ? K : never;
