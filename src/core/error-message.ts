/** The text of anything thrown, for a log line or a finding's detail (never shown alone to the user). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
