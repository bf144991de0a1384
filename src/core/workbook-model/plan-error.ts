export class InvalidPlanError extends Error {
  override readonly name = "InvalidPlanError";

  constructor(problem: string) {
    super(`Invalid workbook plan: ${problem}`);
  }
}

export function fail(problem: string): never {
  throw new InvalidPlanError(problem);
}
