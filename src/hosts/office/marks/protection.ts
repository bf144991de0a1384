import { HostError, isRequestTooLarge, messageOf, officeErrorCode } from "../errors";
import type { RequestContextLike, WorksheetProtectionLike } from "../excel-api";

/**
 * Units' form sheets come protected from the template, and a protected sheet refuses new fills and notes
 * (unless its protection allows formatting cells and editing objects). Marks lift a protection without a
 * password for the time of the request and put the same options back.
 */
export class SheetProtections {
  private readonly bySheet = new Map<string, WorksheetProtectionLike>();
  private readonly workbook: { readonly protected: boolean };

  /** Queues the loads (the sheets' protections and the workbook's); read after the next sync. */
  constructor(context: RequestContextLike, sheets: Iterable<string>) {
    for (const sheet of new Set(sheets)) {
      const protection = context.workbook.worksheets.getItem(sheet).protection;
      protection.load("protected,options");
      this.bySheet.set(sheet, protection);
    }
    const workbook = context.workbook.protection;
    workbook.load("protected");
    this.workbook = workbook;
  }

  private blocking(sheets: Iterable<string>): WorksheetProtectionLike[] {
    return [...new Set(sheets)].flatMap((sheet) => {
      const p = this.bySheet.get(sheet);
      const allowed =
        p?.protected && p.options.allowFormatCells === true && p.options.allowEditObjects === true;
      return p?.protected && !allowed ? [p] : [];
    });
  }

  /** The marks record is a sheet: it cannot be added or deleted while the workbook's structure is protected. */
  checkStructure(): void {
    if (this.workbook.protected) {
      throw new HostError("workbook-protected", {}, "The workbook's structure is protected");
    }
  }

  /**
   * Lifts the protections in a request of their own, so that only this request's failure means a
   * password (unprotect() without one fails on such a sheet). Returns what to put back.
   */
  async lift(context: RequestContextLike, sheets: Iterable<string>): Promise<WorksheetProtectionLike[]> {
    const blocking = this.blocking(sheets);
    if (blocking.length === 0) return [];
    for (const p of blocking) p.unprotect();
    try {
      await context.sync();
    } catch (error) {
      const locked = [...this.bySheet].filter(([, p]) => blocking.includes(p)).map(([sheet]) => sheet);
      const names = locked.join(", ");
      throw new HostError(
        "sheet-protected",
        { sheets: names },
        `Protected sheets: ${names} (${messageOf(error)})`,
        {
          cause: error,
        },
      );
    }
    return blocking;
  }
}

function marksError(error: unknown): HostError {
  // Excel on the web reports a request that is too large as GeneralException too (office-js #1314, #1012).
  const tooLarge = isRequestTooLarge(error) || officeErrorCode(error) === "GeneralException";
  const code = tooLarge ? "marks-too-large" : "marks-failed";
  return new HostError(code, {}, `Marks not written (${messageOf(error)})`, { cause: error });
}

/**
 * Sends the queued marks; with `putBack`, the lifted protections are queued again after them. When the
 * request fails, the lifted protections are put back in a request of their own and the failure is named.
 */
export async function syncMarks(
  context: RequestContextLike,
  lifted: WorksheetProtectionLike[],
  putBack = true,
): Promise<void> {
  if (putBack) for (const p of lifted) p.protect(p.options);
  try {
    await context.sync();
  } catch (error) {
    for (const p of lifted) p.protect(p.options);
    // The failure to report is the marks'; a protection that cannot be put back leaves the sheet editable.
    await context.sync().catch(() => undefined);
    throw marksError(error);
  }
}
