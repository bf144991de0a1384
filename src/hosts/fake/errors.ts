/**
 * Errors as Office.js reports them: an OfficeExtension.Error ("RichApi.Error") whose `code` is one of
 * Excel.ErrorCodes ("ItemNotFound", "InvalidArgument", …) or, from Excel on the web, the payload codes.
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

/** The message Office.js gives when a property is read before it was loaded and synced. */
export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
