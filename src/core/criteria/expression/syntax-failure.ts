/** Thrown inside the lexer and parser only; parseExpression turns it into { ok: false, error }. */
export class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
