import type { Expr } from "./ast";
import { arityFits, describeArity, lookupFunction } from "./functions/registry";
import { tokenize } from "./lexer";
import { BINARY_PRECEDENCE, isBinaryOp } from "./operators";
import { SyntaxFailure } from "./syntax-failure";
import type { Token } from "./tokens";

export const MAX_SOURCE_LENGTH = 2000;
/** Parentheses, function calls, signs and % count as nesting. */
export const MAX_NESTING = 100;

export type ParseResult =
  | { ok: true; expr: Expr; names: string[]; tables: string[] }
  | { ok: false; error: { message: string; position: number } };

/** Reads a rule. Never throws: a rule that cannot be read gives a message and a 0-based position. */
export function parseExpression(source: string): ParseResult {
  try {
    if (source.length > MAX_SOURCE_LENGTH) {
      throw new SyntaxFailure(`The rule is longer than ${MAX_SOURCE_LENGTH} characters`, MAX_SOURCE_LENGTH);
    }
    const expr = new Parser(tokenize(source)).parseRule();
    return { ok: true, expr, ...referencesOf(expr) };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: { message: e.message, position: e.position } };
    return { ok: false, error: { message: "The rule could not be read", position: 0 } };
  }
}

function describeToken(token: Token): string {
  if (token.kind === "end") return "the end of the rule";
  if (token.kind === "string") return "text";
  if (token.kind === "column") return `'[${token.text}]'`;
  return `'${token.text}'`;
}

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(private readonly tokens: Token[]) {}

  parseRule(): Expr {
    if (this.peek().kind === "end") throw new SyntaxFailure("The rule is empty", 0);
    const expr = this.parseBinary(1);
    const rest = this.peek();
    if (rest.kind !== "end") {
      throw new SyntaxFailure(`Unexpected ${describeToken(rest)} after a complete expression`, rest.position);
    }
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== "end") this.index++;
    return token;
  }

  private enter(at: Token): void {
    if (++this.nesting > MAX_NESTING) {
      throw new SyntaxFailure(`The rule is nested more than ${MAX_NESTING} levels deep`, at.position);
    }
  }

  private leave(): void {
    this.nesting--;
  }

  /** Precedence climbing; every binary operator is left-associative, as in Excel. */
  private parseBinary(minPrecedence: number): Expr {
    let left = this.parsePostfix();
    for (;;) {
      const token = this.peek();
      if (token.kind !== "operator" || !isBinaryOp(token.text)) return left;
      const op = token.text;
      const precedence = BINARY_PRECEDENCE[op];
      if (precedence < minPrecedence) return left;
      this.next();
      const right = this.parseBinary(precedence + 1);
      left = { kind: "binary", op, left, right };
    }
  }

  private parsePostfix(): Expr {
    let expr = this.parseUnary();
    let percents = 0;
    while (this.peek().kind === "operator" && this.peek().text === "%") {
      this.enter(this.next());
      percents++;
      expr = { kind: "percent", operand: expr };
    }
    this.nesting -= percents;
    return expr;
  }

  private parseUnary(): Expr {
    const token = this.peek();
    if (token.kind === "operator" && (token.text === "-" || token.text === "+")) {
      this.next();
      this.enter(token);
      const operand = this.parseUnary();
      this.leave();
      return { kind: "unary", op: token.text, operand };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case "number":
        return this.number(token);
      case "string":
        return { kind: "string", value: token.text };
      case "self":
        return { kind: "self" };
      case "identifier":
        return this.parseIdentifier(token);
      case "(": {
        this.enter(token);
        const inner = this.parseBinary(1);
        this.expect(")", "Expected ')' to close the '('");
        this.leave();
        return inner;
      }
      case "column":
        throw new SyntaxFailure(
          "A column needs its table before it, e.g. tbl_initiatives[status]",
          token.position,
        );
      case "end":
        throw new SyntaxFailure("The rule ends too early: expected a value", token.position);
      default:
        throw new SyntaxFailure(`Expected a value but found ${describeToken(token)}`, token.position);
    }
  }

  private number(token: Token): Expr {
    const value = Number(token.text);
    if (!Number.isFinite(value))
      throw new SyntaxFailure(`The number ${token.text} is too large`, token.position);
    return { kind: "number", value };
  }

  private parseIdentifier(token: Token): Expr {
    const following = this.peek();
    if (following.kind === "(") return this.parseCall(token);
    if (following.kind === "column" && following.position === token.end) {
      this.next();
      return { kind: "column", table: token.text, column: following.text };
    }
    const upper = token.text.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
    return { kind: "name", name: token.text };
  }

  private parseCall(nameToken: Token): Expr {
    const name = nameToken.text.toUpperCase();
    const spec = lookupFunction(name);
    if (!spec) throw new SyntaxFailure(`Unknown function ${nameToken.text}`, nameToken.position);
    this.enter(this.next());
    const args: Expr[] = [];
    if (this.peek().kind !== ")") {
      for (;;) {
        args.push(this.parseBinary(1));
        if (this.peek().kind !== "separator") break;
        this.next();
      }
    }
    this.expect(")", `Expected ')' after the arguments of ${name}`);
    this.leave();
    if (!arityFits(spec, args.length)) {
      throw new SyntaxFailure(`${name} ${describeArity(spec)}, not ${args.length}`, nameToken.position);
    }
    if (name === "ROWS" && args[0].kind !== "name" && args[0].kind !== "column") {
      throw new SyntaxFailure("ROWS needs a table name, e.g. ROWS(tbl_initiatives)", nameToken.position);
    }
    return { kind: "call", name, args };
  }

  private expect(kind: Token["kind"], message: string): Token {
    const token = this.peek();
    if (token.kind !== kind) throw new SyntaxFailure(message, token.position);
    return this.next();
  }
}

/** Field and setting names, and tables, in order of first use. */
function referencesOf(root: Expr): { names: string[]; tables: string[] } {
  const names = new Set<string>();
  const tables = new Set<string>();
  const visit = (expr: Expr): void => {
    switch (expr.kind) {
      case "name":
        names.add(expr.name);
        return;
      case "column":
        tables.add(expr.table);
        return;
      case "unary":
      case "percent":
        visit(expr.operand);
        return;
      case "binary":
        visit(expr.left);
        visit(expr.right);
        return;
      case "call":
        if (expr.name === "ROWS" && expr.args[0]?.kind === "name") tables.add(expr.args[0].name);
        else expr.args.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(root);
  return { names: [...names], tables: [...tables] };
}
