import {
  evaluate,
  parseExpression,
  type EvalContext,
  type Expr,
  type ExprValue,
} from "../../../../src/core/criteria/expression";

export interface TestData {
  self?: ExprValue;
  names?: Record<string, ExprValue>;
  tables?: Record<string, Record<string, ExprValue[]>>;
  today?: number;
}

/** Non-blank rows are those with at least one non-blank cell. */
function countRows(columns: Record<string, ExprValue[]>): number {
  const lists = Object.values(columns);
  const length = Math.max(0, ...lists.map((l) => l.length));
  let rows = 0;
  for (let i = 0; i < length; i++) {
    if (lists.some((l) => l[i] !== null && l[i] !== undefined && l[i] !== "")) rows++;
  }
  return rows;
}

export function contextOf(data: TestData = {}): EvalContext {
  const names = data.names ?? {};
  const tables = data.tables ?? {};
  const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  return {
    self: data.self,
    today: data.today,
    resolve: (name) => (has(names, name) ? names[name] : undefined),
    column: (table, column) =>
      has(tables, table) && has(tables[table], column) ? tables[table][column] : undefined,
    rowCount: (table) => (has(tables, table) ? countRows(tables[table]) : undefined),
  };
}

export function parsed(source: string): Expr {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message} at ${result.error.position}`);
  return result.expr;
}

export function run(source: string, data: TestData = {}): ExprValue {
  return evaluate(parsed(source), contextOf(data));
}

/** The ExpressionError code a rule throws, or "none". */
export function errorCode(source: string, data: TestData = {}): string {
  try {
    run(source, data);
    return "none";
  } catch (e) {
    return (e as { code?: string }).code ?? "not-an-expression-error";
  }
}

export const nfd = (s: string): string => s.normalize("NFD");
