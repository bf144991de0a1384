import { ExpressionError } from "../errors";
import type { FunctionTable } from "./types";

export const TABLE_FUNCTIONS: FunctionTable = {
  /** ROWS(tbl_x): the table's non-blank rows; ROWS(tbl_x[col]): the length of the column. */
  ROWS: {
    min: 1,
    max: 1,
    lazy: true,
    apply: ([table], run, ctx) => {
      if (table.kind === "name") {
        const rows = ctx.rowCount?.(table.name);
        if (rows === undefined)
          throw new ExpressionError("unknown-name", `Unknown table ${table.name}`, table.name);
        return rows;
      }
      const value = run(table);
      if (!Array.isArray(value))
        throw new ExpressionError("type", "ROWS needs a table, e.g. ROWS(tbl_initiatives)");
      return value.length;
    },
  },
};
