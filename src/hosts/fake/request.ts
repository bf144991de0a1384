import type { RequestContextLike, WorkbookLike } from "../office/excel-api";
import { fail, FakeOfficeError } from "./errors";
import type { WorkbookState } from "./state";

/** One queued action as it would travel in the request: what it targets, what it does, its data. */
export interface FakeAction {
  path: string;
  op: string;
  args?: unknown;
}

interface Entry {
  action: FakeAction;
  run(state: WorkbookState): unknown;
  deliver?(result: unknown): void;
}

export interface RequestRecord {
  /** UTF-8 bytes of the request's JSON. */
  bytes: number;
  responseBytes: number;
  actions: number;
  /** suspendApiCalculationUntilNextSync was queued in this request. */
  calculationSuspended: boolean;
  /** The error code when the request failed. */
  failed?: string;
}

export interface RequestLimits {
  payloadBytes: number;
  /** ExcelApi minor version available ("1.13" → 13). */
  apiMinor: number;
  failWhen?: (action: FakeAction) => boolean;
  /**
   * Excel on the web also fails requests well under 5 MB with GeneralException ("An internal error has
   * occurred", office-js #1314, #1012; office-js-docs-reference #354): above this many bytes, before
   * anything runs.
   */
  generalExceptionBytes?: number;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * A request context: calls on proxies queue actions, and nothing reaches the workbook until sync()
 * ("Excel JavaScript API: application-specific API model" — the proxy objects and context.sync()).
 * At sync the whole queue is one request:
 * - over the payload limit (5 MB on Excel on the web), it is rejected with RequestPayloadSizeLimitExceeded
 *   before anything runs ("Resource limits … Excel add-ins");
 * - actions run in order; a failing one stops the request with its error, and what ran before it stays
 *   done — a batch is not a transaction;
 * - the loaded data comes back as the response, which has the same limit
 *   (ResponsePayloadSizeLimitExceeded, Excel.ErrorCodes).
 */
export class FakeRequestContext implements RequestContextLike {
  private queue: Entry[] = [];
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void =>
      this.enqueue(
        { path: "application", op: "suspendApiCalculationUntilNextSync" },
        (state) => (state.calculationSuspended = true),
      ),
    /** ExcelApi 1.1: recalculates; the fake only forgets which formula values were stale. */
    calculate: (calculationType: string): void =>
      this.enqueue({ path: "application", op: "calculate", args: [calculationType] }, (state) => {
        for (const sheet of state.sheets) sheet.dirty.clear();
      }),
  };
  workbook!: WorkbookLike;

  constructor(
    private readonly state: WorkbookState,
    private readonly limits: RequestLimits,
    private readonly records: RequestRecord[],
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  enqueue(
    action: FakeAction,
    run: (state: WorkbookState) => unknown,
    deliver?: (result: unknown) => void,
  ): void {
    this.queue.push({ action, run, deliver });
  }

  /** Members above the available ExcelApi version do not exist (ApiNotFound), like on an older Excel. */
  requireApi(minor: number, member: string): void {
    if (this.limits.apiMinor < minor) {
      fail(
        "ApiNotFound",
        `${member} needs ExcelApi 1.${minor}; this Excel has ExcelApi 1.${this.limits.apiMinor}.`,
      );
    }
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const entries = this.queue;
    this.queue = [];
    const record: RequestRecord = {
      bytes: utf8Length(JSON.stringify(entries.map((e) => e.action))),
      responseBytes: 0,
      actions: entries.length,
      calculationSuspended: entries.some((e) => e.action.op === "suspendApiCalculationUntilNextSync"),
    };
    this.records.push(record);
    try {
      if (record.bytes > this.limits.payloadBytes) {
        fail(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
        );
      }
      if (
        this.limits.generalExceptionBytes !== undefined &&
        record.bytes > this.limits.generalExceptionBytes
      ) {
        fail("GeneralException", "An internal error has occurred.");
      }
      const results = entries.map((e) => {
        if (this.limits.failWhen?.(e.action))
          fail("GeneralException", `An internal error has occurred (${e.action.op}).`);
        return e.run(this.state);
      });
      record.responseBytes = utf8Length(JSON.stringify(results) ?? "");
      if (record.responseBytes > this.limits.payloadBytes) {
        fail("ResponsePayloadSizeLimitExceeded", "The size of the payload exceeded the limit.");
      }
      entries.forEach((e, i) => e.deliver?.(results[i]));
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : "Error";
      throw error;
    } finally {
      this.state.calculationSuspended = false;
    }
  }
}
