import { isResponseTooLarge } from "../errors";
import type { RangeLike, RequestContextLike } from "../excel-api";
import type { CellArrays } from "./cells";

/** A rectangle of a sheet to read, 0-based like getRangeByIndexes. */
export interface Block {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface BlockData extends CellArrays {
  block: Block;
}

/**
 * Cells per request. Three arrays of about 15 bytes per cell keep a response well under the 5 MB that
 * Excel on the web allows for requests and responses, and far under the 5,000,000 cells a read may touch.
 * A response that is still too large is read again in smaller parts.
 */
export const CELLS_PER_REQUEST = 100_000;

/** Cuts blocks into row bands of at most `budget` cells (at least one row each). */
function bands(blocks: Block[], budget: number): Block[] {
  return blocks.flatMap((b) => {
    const step = Math.max(1, Math.floor(budget / Math.max(1, b.columns)));
    const out: Block[] = [];
    for (let r = 0; r < b.rows; r += step)
      out.push({ ...b, row: b.row + r, rows: Math.min(step, b.rows - r) });
    return out;
  });
}

/** Groups consecutive bands into requests of at most `budget` cells. */
function requests(blocks: Block[], budget: number): Block[][] {
  const out: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const b of bands(blocks, budget)) {
    const size = b.rows * b.columns;
    if (current.length > 0 && cells + size > budget) {
      out.push(current);
      current = [];
      cells = 0;
    }
    current.push(b);
    cells += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Loads values, formulas and number formats of the blocks: one sync per `budget` cells. */
export async function readBlocks(
  context: RequestContextLike,
  blocks: Block[],
  budget = CELLS_PER_REQUEST,
): Promise<BlockData[]> {
  const out: BlockData[] = [];
  const queue = requests(blocks, budget);
  while (queue.length > 0) {
    const request = queue.shift() ?? [];
    const ranges: [Block, RangeLike][] = request.map((b) => {
      const sheet = context.workbook.worksheets.getItem(b.sheet);
      const range = sheet.getRangeByIndexes(b.row, b.column, b.rows, b.columns);
      range.load("values,formulas,numberFormat");
      return [b, range];
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per CELLS_PER_REQUEST cells, by design
      await context.sync();
    } catch (error) {
      const cells = request.reduce((n, b) => n + b.rows * b.columns, 0);
      if (!isResponseTooLarge(error) || (request.length === 1 && request[0].rows === 1)) throw error;
      queue.unshift(...requests(request, Math.max(1, Math.floor(cells / 2))));
      continue;
    }
    for (const [block, range] of ranges) {
      out.push({ block, values: range.values, formulas: range.formulas, numberFormat: range.numberFormat });
    }
  }
  return out;
}
