import { parseExpression } from "../../../../src/core/criteria/expression";
import { parsed } from "./helpers";

function failure(source: string): { message: string; position: number } {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`expected a syntax error for ${source}`);
  return result.error;
}

describe("parseExpression builds trees", () => {
  it("reads literals, self, names and columns", () => {
    expect(parsed("1.5")).toEqual({ kind: "number", value: 1.5 });
    expect(parsed(".5")).toEqual({ kind: "number", value: 0.5 });
    expect(parsed("2e3")).toEqual({ kind: "number", value: 2000 });
    expect(parsed('"say ""hi"""')).toEqual({ kind: "string", value: 'say "hi"' });
    expect(parsed("true")).toEqual({ kind: "boolean", value: true });
    expect(parsed("FALSE")).toEqual({ kind: "boolean", value: false });
    expect(parsed(".")).toEqual({ kind: "self" });
    expect(parsed("staff_total")).toEqual({ kind: "name", name: "staff_total" });
    expect(parsed("tbl_initiatives[status]")).toEqual({
      kind: "column",
      table: "tbl_initiatives",
      column: "status",
    });
    expect(parsed("tbl_x[ Tình trạng ]")).toEqual({ kind: "column", table: "tbl_x", column: "Tình trạng" });
  });

  it("accepts Unicode letters in names and normalises them to NFC", () => {
    expect(parsed("số_người".normalize("NFD"))).toEqual({ kind: "name", name: "số_người" });
  });

  it("follows Excel precedence", () => {
    expect(parsed("-2^2")).toEqual(parsed("(-2)^2"));
    expect(parsed("2^3^2")).toEqual(parsed("(2^3)^2"));
    expect(parsed("1+2*3")).toEqual(parsed("1+(2*3)"));
    expect(parsed("1-2-3")).toEqual(parsed("(1-2)-3"));
    expect(parsed("-5%")).toEqual({
      kind: "percent",
      operand: { kind: "unary", op: "-", operand: { kind: "number", value: 5 } },
    });
    expect(parsed('1+2&"x"')).toEqual(parsed('(1+2)&"x"'));
    expect(parsed('"a"&"b"="ab"')).toEqual(parsed('("a"&"b")="ab"'));
    expect(parsed("2*3^2")).toEqual(parsed("2*(3^2)"));
    expect(parsed("a<=b+1")).toEqual(parsed("a<=(b+1)"));
  });

  it("reads calls case-insensitively, with ',' or ';' between arguments", () => {
    expect(parsed("and(.>=0; .<=staff_total)")).toEqual(parsed("AND(.>=0, .<=staff_total)"));
    expect(parsed("TODAY()")).toEqual({ kind: "call", name: "TODAY", args: [] });
  });

  it("accepts ≥ ≤ ≠ as >= <= <>", () => {
    expect(parsed(". ≥ 1")).toEqual(parsed(". >= 1"));
    expect(parsed(". ≤ 1")).toEqual(parsed(". <= 1"));
    expect(parsed(". ≠ 1")).toEqual(parsed(". <> 1"));
  });

  it("lists the names and tables a rule uses", () => {
    const result = parseExpression(
      'AND(. = ROWS(tbl_initiatives), . <= staff_total, COUNTIF(tbl_proposals[kind], "x") < staff_total + b03)',
    );
    expect(result.ok && { names: result.names, tables: result.tables }).toEqual({
      names: ["staff_total", "b03"],
      tables: ["tbl_initiatives", "tbl_proposals"],
    });
  });
});

describe("parseExpression reports syntax errors with their position", () => {
  it.each([
    ["", "The rule is empty", 0],
    ["AND(. >= 0, . <= 1", "Expected ')' after the arguments of AND", 18],
    ["AND(1 2)", "Expected ')' after the arguments of AND", 6],
    ["(1 + 2", "Expected ')' to close the '('", 6],
    ["1 +", "The rule ends too early: expected a value", 3],
    ["1 + * 2", "Expected a value but found '*'", 4],
    ["1 2", "Unexpected '2' after a complete expression", 2],
    ['"abc', "Text is missing its closing quote", 0],
    ["SUMM(1)", "Unknown function SUMM", 0],
    ["x + NOT(1, 2)", "NOT takes exactly 1 argument, not 2", 4],
    ["IF(1)", "IF takes 2 to 3 arguments, not 1", 0],
    ["AND()", "AND takes at least 1 argument, not 0", 0],
    ["TODAY(1)", "TODAY takes no arguments, not 1", 0],
    ["ROWS(1)", "ROWS needs a table name, e.g. ROWS(tbl_initiatives)", 0],
    ["1 # 2", "Unexpected character '#'", 2],
    [". = “x”", 'Use straight quotes (") around text', 4],
    ["tbl[col", "Expected ']' after the column name", 3],
    ["tbl[]", "Expected a column name between '[' and ']'", 3],
    ["[col]", "A column needs its table before it, e.g. tbl_initiatives[status]", 0],
    ["a ]", "Unexpected ']' without a matching '['", 2],
    ["AND(1,)", "Expected a value but found ')'", 6],
    ["1e999", "The number 1e999 is too large", 0],
  ])("%j → %s at %i", (source, message, position) => {
    expect(failure(source)).toEqual({ message, position });
  });

  it("refuses rules longer than 2,000 characters", () => {
    expect(failure("1+".repeat(1000) + "1").message).toBe("The rule is longer than 2000 characters");
    expect(parseExpression("1+".repeat(999) + "1").ok).toBe(true);
  });

  it("refuses nesting deeper than 100 levels without overflowing the stack", () => {
    expect(parseExpression("(".repeat(100) + "1" + ")".repeat(100)).ok).toBe(true);
    expect(failure("(".repeat(101) + "1" + ")".repeat(101))).toEqual({
      message: "The rule is nested more than 100 levels deep",
      position: 100,
    });
    expect(failure("-".repeat(1500) + "1").message).toBe("The rule is nested more than 100 levels deep");
    expect(failure("1" + "%".repeat(1500)).message).toBe("The rule is nested more than 100 levels deep");
    expect(failure("ABS(".repeat(400)).message).toBe("The rule is nested more than 100 levels deep");
  });
});
