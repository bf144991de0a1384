/** The Office.js error code of a failed request ("ItemNotFound", "RequestPayloadSizeLimitExceeded", …). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Excel on the web rejects a request or a response over its size limit (5 MB) with these codes. */
export function isRequestTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "RequestPayloadSizeLimitExceeded";
}

export function isResponseTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
}

export type HostErrorCode =
  | "sheet-missing"
  | "target-not-empty"
  | "selection-missing"
  | "sheet-protected"
  | "old-sheets-left"
  | "rollback-failed"
  | "settings-not-saved"
  | "workbook-protected"
  | "marks-too-large"
  | "marks-failed";

/** A failure the user can act on; the pane renders `code` and `params` (see describeHostError). */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly params: Record<string, string | number>,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "HostError";
  }
}

export { messageOf } from "../../core/error-message";
