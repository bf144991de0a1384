export type ExpressionErrorCode = "unknown-name" | "unknown-function" | "arity" | "type" | "regex" | "depth";

/** The only error evaluate() throws: a rule that cannot be computed for the values it was given. */
export class ExpressionError extends Error {
  override readonly name = "ExpressionError";

  constructor(
    readonly code: ExpressionErrorCode,
    message: string,
    /** The field, table, function or pattern the error is about, when there is one. */
    readonly subject?: string,
  ) {
    super(message);
  }
}
