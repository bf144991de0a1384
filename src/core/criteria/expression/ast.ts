/** The syntax tree of a rule. Positions are not kept: two rules that read the same are equal. */

export type UnaryOp = "+" | "-";
export type ArithmeticOp = "+" | "-" | "*" | "/" | "^";
export type ComparisonOp = "=" | "<>" | "<" | "<=" | ">" | ">=";
export type BinaryOp = ArithmeticOp | "&" | ComparisonOp;

/** Never negative: "-5" is a unary minus applied to 5. */
export interface NumberLiteral {
  kind: "number";
  value: number;
}

export interface StringLiteral {
  kind: "string";
  value: string;
}

export interface BooleanLiteral {
  kind: "boolean";
  value: boolean;
}

/** "." – the value of the field being checked. */
export interface SelfRef {
  kind: "self";
}

export interface NameRef {
  kind: "name";
  name: string;
}

/** tbl_initiatives[status] */
export interface ColumnRef {
  kind: "column";
  table: string;
  column: string;
}

export interface Unary {
  kind: "unary";
  op: UnaryOp;
  operand: Expr;
}

/** Postfix "%": divides by 100. */
export interface Percent {
  kind: "percent";
  operand: Expr;
}

export interface Binary {
  kind: "binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

/** name is upper case. */
export interface Call {
  kind: "call";
  name: string;
  args: Expr[];
}

export type Expr =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | SelfRef
  | NameRef
  | ColumnRef
  | Unary
  | Percent
  | Binary
  | Call;
