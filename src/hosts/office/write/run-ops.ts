import { isRequestTooLarge, officeErrorCode } from "../errors";
import type { RequestContextLike } from "../excel-api";
import type { CellBlock } from "../../../core/workbook-model/plan";
import type { WriteOp } from "./op";

/**
 * Bytes per request. Excel on the web rejects a request over 5 MB (RequestPayloadSizeLimitExceeded); the
 * estimate counts the data and a little per action, so a margin stays for what it does not see.
 */
export const REQUEST_BYTES = 4_000_000;

/** Whether blocks hold formulas, which the write leaves to be recalculated (see runOps). */
export function hasFormulas(blocks: CellBlock[]): boolean {
  return blocks.some((b) => b.rows.some((row) => row.some((v) => typeof v === "object" && v !== null)));
}

/** Packs consecutive ops into requests of at most `budget` bytes, keeping their order. */
export function packRequests(ops: WriteOp[], budget: number): WriteOp[][] {
  const requests: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

function halves(request: WriteOp[]): WriteOp[][] | undefined {
  if (request.length > 1) {
    const mid = Math.ceil(request.length / 2);
    return [request.slice(0, mid), request.slice(mid)];
  }
  const parts = request[0]?.split?.();
  return parts ? [[parts[0]], [parts[1]]] : undefined;
}

/**
 * Sends the ops in order, one sync per request, with calculation suspended for each. A request rejected
 * as too large was not applied at all, so it is sent again in halves. Excel on the web reports an
 * oversized request as GeneralException too (office-js #1314, #1012), so that one is halved as well; if
 * halving does not help, the first GeneralException is what the write fails with.
 */
export async function runOps(
  context: RequestContextLike,
  ops: WriteOp[],
  budget = REQUEST_BYTES,
): Promise<void> {
  const queue = packRequests(ops, budget);
  let general: unknown;
  while (queue.length > 0) {
    const request = queue.shift() ?? [];
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of request) op.queue(context);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per REQUEST_BYTES, by design
      await context.sync();
    } catch (error) {
      const isGeneral = officeErrorCode(error) === "GeneralException";
      if (isGeneral) general ??= error;
      const smaller = isRequestTooLarge(error) || isGeneral ? halves(request) : undefined;
      if (!smaller) throw general ?? error;
      queue.unshift(...smaller);
    }
  }
}
