import { HostError, messageOf } from "../errors";
import type { RequestContextLike, WorksheetProtectionLike } from "../excel-api";

/**
 * Units' form sheets come protected from the template, and a protected sheet refuses new fills and notes
 * (unless its protection allows formatting cells and editing objects). Marks lift a protection without a
 * password for the time of the request and put the same options back.
 */
export class SheetProtections {
  private readonly bySheet = new Map<string, WorksheetProtectionLike>();

  /** Queues the loads; read after the next sync. */
  constructor(context: RequestContextLike, sheets: Iterable<string>) {
    for (const sheet of new Set(sheets)) {
      const protection = context.workbook.worksheets.getItem(sheet).protection;
      protection.load("protected,options");
      this.bySheet.set(sheet, protection);
    }
  }

  private blocking(sheets: Iterable<string>): WorksheetProtectionLike[] {
    return [...new Set(sheets)].flatMap((sheet) => {
      const p = this.bySheet.get(sheet);
      const allowed =
        p?.protected && p.options.allowFormatCells === true && p.options.allowEditObjects === true;
      return p?.protected && !allowed ? [p] : [];
    });
  }

  protectedSheets(sheets: Iterable<string>): string[] {
    const blocking = new Set(this.blocking(sheets));
    return [...this.bySheet].filter(([, p]) => blocking.has(p)).map(([sheet]) => sheet);
  }

  /** Queues unprotect() before the marks and protect(options) after them, around `queueMarks`. */
  around(sheets: Iterable<string>, queueMarks: () => void): void {
    const blocking = this.blocking(sheets);
    for (const p of blocking) p.unprotect();
    queueMarks();
    for (const p of blocking) p.protect(p.options);
  }
}

/** A sync that failed on a protected sheet (with a password, which unprotect() cannot lift) says so. */
export async function syncMarks(context: RequestContextLike, protectedSheets: string[]): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (protectedSheets.length === 0) throw error;
    const sheets = protectedSheets.join(", ");
    throw new HostError("sheet-protected", { sheets }, `Protected sheets: ${sheets} (${messageOf(error)})`, {
      cause: error,
    });
  }
}
