import fc from "fast-check";
import {
  evaluate,
  ExpressionError,
  formatExpression,
  functionNames,
  MAX_EVALUATION_DEPTH,
  parseExpression,
  type Expr,
  type ExprValue,
} from "../../../../src/core/criteria/expression";
import type { EvalContext } from "../../../../src/core/criteria/expression";
import { lookupFunction } from "../../../../src/core/criteria/expression/functions/registry";
import { contextOf } from "./helpers";

const identifier = fc
  .stringMatching(/^[a-zA-Zđăâêôơưạ_][a-zA-Z0-9_đơ]{0,8}$/)
  .filter((s) => !["TRUE", "FALSE"].includes(s.toUpperCase()));

const columnName = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
  .map((s) => s.trim().normalize("NFC"))
  .filter((s) => s !== "" && !/[[\]\r\n]/.test(s));

const numberValue = fc
  .oneof(fc.nat(10000), fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }))
  .map((n) => Math.abs(n) + 0);

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  numberValue.map((value): Expr => ({ kind: "number", value })),
  fc.string({ unit: "grapheme", maxLength: 10 }).map((value): Expr => ({ kind: "string", value })),
  fc.boolean().map((value): Expr => ({ kind: "boolean", value })),
  fc.constant<Expr>({ kind: "self" }),
  identifier.map((name): Expr => ({ kind: "name", name })),
  fc
    .record({ table: identifier, column: columnName })
    .map(({ table, column }): Expr => ({ kind: "column", table, column })),
);

const FUNCTIONS = functionNames();
const BINARY_OPS = ["+", "-", "*", "/", "^", "&", "=", "<>", "<", "<=", ">", ">="] as const;

function callOf(sub: fc.Arbitrary<Expr>): fc.Arbitrary<Expr> {
  return fc.constantFrom(...FUNCTIONS).chain((name) => {
    const spec = lookupFunction(name);
    if (!spec) throw new Error(name);
    if (name === "ROWS") {
      const table = fc.oneof(
        identifier.map((n): Expr => ({ kind: "name", name: n })),
        fc
          .record({ table: identifier, column: columnName })
          .map(({ table, column }): Expr => ({ kind: "column", table, column })),
      );
      return table.map((arg): Expr => ({ kind: "call", name, args: [arg] }));
    }
    const maxLength = Math.min(spec.max, spec.min + 2);
    return fc
      .array(sub, { minLength: spec.min, maxLength })
      .map((args): Expr => ({ kind: "call", name, args }));
  });
}

const memo = new Map<number, fc.Arbitrary<Expr>>();
function exprOf(depth: number): fc.Arbitrary<Expr> {
  const known = memo.get(depth);
  if (known) return known;
  if (depth === 0) return leaf;
  const sub = exprOf(depth - 1);
  const arb: fc.Arbitrary<Expr> = fc.oneof(
    { weight: 2, arbitrary: leaf },
    {
      weight: 1,
      arbitrary: fc
        .record({ op: fc.constantFrom("+" as const, "-" as const), operand: sub })
        .map((u): Expr => ({ kind: "unary", ...u })),
    },
    { weight: 1, arbitrary: sub.map((operand): Expr => ({ kind: "percent", operand })) },
    {
      weight: 3,
      arbitrary: fc
        .record({ op: fc.constantFrom(...BINARY_OPS), left: sub, right: sub })
        .map((b): Expr => ({ kind: "binary", ...b })),
    },
    { weight: 3, arbitrary: callOf(sub) },
  );
  memo.set(depth, arb);
  return arb;
}
const anyExpr = exprOf(4);

const TOKENS = [
  "(",
  ")",
  ",",
  ";",
  ".",
  "+",
  "-",
  "*",
  "/",
  "^",
  "&",
  "%",
  "=",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
  "≥",
  " ",
  "\u00a0",
  "0",
  "1",
  "2.5",
  ".5",
  "1e3",
  '"x"',
  '""',
  '"a""b"',
  '"',
  "TRUE",
  "false",
  "staff_total",
  "số",
  "tbl[status]",
  "[",
  "]",
  "AND(",
  "OR(",
  "IF(",
  "ROWS(",
  "COUNTIF(",
  "REGEXMATCH(",
  "SUBSTITUTE(",
  "IN(",
  "TODAY()",
  "sum",
  "#",
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(""));

const scalarValue: fc.Arbitrary<ExprValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("1.500", "1,5", "15%", "TRUE", "Được công nhận", "  ", "2 triệu", "*", "<>", ">=5"),
);
const anyValue: fc.Arbitrary<ExprValue> = fc.oneof(
  { weight: 4, arbitrary: scalarValue },
  { weight: 1, arbitrary: fc.array(scalarValue, { maxLength: 6 }) },
);

/** A context that knows some names and columns and not others, from a pool of random values. */
const anyContext: fc.Arbitrary<EvalContext> = fc
  .record({
    self: anyValue,
    pool: fc.array(fc.option(anyValue, { nil: undefined }), { minLength: 1, maxLength: 8 }),
    today: fc.option(fc.integer({ min: -10, max: 3000000 }), { nil: undefined }),
  })
  .map(({ self, pool, today }) => {
    const pick = (key: string): ExprValue | undefined =>
      pool[[...key].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) % pool.length];
    const base = contextOf({ self, today });
    return {
      ...base,
      resolve: pick,
      column: (table: string, column: string) => {
        const v = pick(`${table}[${column}]`);
        return v === undefined ? undefined : Array.isArray(v) ? v : [v];
      },
      rowCount: (table: string) => {
        const v = pick(table);
        return v === undefined ? undefined : Array.isArray(v) ? v.length : 1;
      },
    };
  });

describe("parseExpression on hostile input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (source) => {
        const result = parseExpression(source);
        if (!result.ok) expect(result.error.position).toBeLessThanOrEqual(source.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on strings made of the language's own tokens, and what it reads formats back", () => {
    fc.assert(
      fc.property(tokenSoup, (source) => {
        const result = parseExpression(source);
        if (!result.ok) {
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(source.length);
          return;
        }
        const again = parseExpression(formatExpression(result.expr));
        expect(again.ok && again.expr).toEqual(result.expr);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formatExpression", () => {
  it("prints every tree so that it parses back to the same tree", () => {
    fc.assert(
      fc.property(anyExpr, (expr) => {
        const source = formatExpression(expr);
        fc.pre(source.length <= 2000);
        const result = parseExpression(source);
        if (!result.ok) throw new Error(`${source}: ${result.error.message} at ${result.error.position}`);
        expect(result.expr).toEqual(expr);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("evaluate", () => {
  it("throws nothing but ExpressionError on random trees and contexts", () => {
    fc.assert(
      fc.property(anyExpr, anyContext, (expr, ctx) => {
        try {
          evaluate(expr, ctx);
        } catch (e) {
          if (!(e instanceof ExpressionError)) throw e;
          expect(["unknown-name", "unknown-function", "arity", "type", "regex", "depth"]).toContain(e.code);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reports unknown functions and wrong arity in trees built by hand", () => {
    const ctx = contextOf();
    const code = (expr: Expr): string => {
      try {
        evaluate(expr, ctx);
        return "none";
      } catch (e) {
        return e instanceof ExpressionError ? e.code : "other";
      }
    };
    expect(code({ kind: "call", name: "NOPE", args: [] })).toBe("unknown-function");
    expect(code({ kind: "call", name: "NOT", args: [] })).toBe("arity");
  });

  it("refuses trees deeper than its limit without overflowing the stack", () => {
    let deep: Expr = { kind: "number", value: 1 };
    for (let i = 0; i < MAX_EVALUATION_DEPTH + 10; i++) deep = { kind: "unary", op: "-", operand: deep };
    expect(() => evaluate(deep, contextOf())).toThrow(expect.objectContaining({ code: "depth" }));
  });

  it("evaluates the longest chain a rule may hold", () => {
    const result = parseExpression("1+".repeat(999) + "1");
    expect(result.ok && evaluate(result.expr, contextOf())).toBe(1000);
  });
});
