/** Which names and table columns a rule may use, given its target. */
import { settingNames } from "../../campaign/default-campaign";
import type { CampaignSettings, FieldDef, TableDef } from "../../campaign/model";
import type { Expr } from "../expression";

/** The unit's classification, available to every rule. */
export const CLASSIFICATION_NAME = "classification";

export type Target = { kind: "field"; field: FieldDef } | { kind: "table"; table: TableDef; column?: string };

export function resolveTarget(target: string, fields: FieldDef[], tables: TableDef[]): Target | undefined {
  const field = fields.find((f) => f.id === target);
  if (field) return { kind: "field", field };
  const [tableId, column, ...rest] = target.split(".");
  const table = tables.find((t) => t.id === tableId);
  if (!table || rest.length > 0) return undefined;
  if (column === undefined) return { kind: "table", table };
  return table.columns.some((c) => c.id === column) ? { kind: "table", table, column } : undefined;
}

export function allowedNames(
  target: Target,
  fields: FieldDef[],
  tables: TableDef[],
  settings: CampaignSettings,
): Set<string> {
  return new Set([
    ...fields.map((f) => f.id),
    ...Object.keys(settingNames(settings)),
    CLASSIFICATION_NAME,
    ...tables.map((t) => t.id),
    ...(target.kind === "table" ? target.table.columns.map((c) => c.id) : []),
  ]);
}

/** Every tbl[col] reference in the expression. */
export function columnRefs(expr: Expr): { table: string; column: string }[] {
  switch (expr.kind) {
    case "column":
      return [{ table: expr.table, column: expr.column }];
    case "unary":
    case "percent":
      return columnRefs(expr.operand);
    case "binary":
      return [...columnRefs(expr.left), ...columnRefs(expr.right)];
    case "call":
      return expr.args.flatMap(columnRefs);
    default:
      return [];
  }
}
