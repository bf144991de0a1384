/** The criteria workbook's rule language: Excel-like expressions with "." for the field being checked. */
export type { Expr, BinaryOp, UnaryOp, ComparisonOp, ArithmeticOp } from "./ast";
export type { EvalContext } from "./context";
export { ExpressionError, type ExpressionErrorCode } from "./errors";
export { evaluate, MAX_EVALUATION_DEPTH } from "./evaluate";
export { formatExpression } from "./format";
export { functionNames } from "./functions/registry";
export { parseExpression, MAX_NESTING, MAX_SOURCE_LENGTH, type ParseResult } from "./parser";
export { isBlank, toCondition, type ExprValue } from "./values";
