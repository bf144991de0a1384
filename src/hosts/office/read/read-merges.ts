import type { MaybeNull, RequestContextLike } from "../excel-api";
import { splitAddress, splitAreas } from "../sheet-address";
import type { Block } from "./read-cells";

/**
 * getMergedAreasOrNullObject gives no result above 512 areas, and a report sheet alone has more (the
 * annual plan 461, the tổng kết plan 756). Excel returns the areas whose top-left cell lies in the range,
 * so row bands of a sheet see each merge exactly once. All bands go in one request; when it fails, every
 * band is halved and the request sent again, at most MAX_ROUNDS times.
 */
const MAX_ROUNDS = 8;

function halves(band: Block): Block[] {
  if (band.rows < 2) return [band];
  const top = Math.ceil(band.rows / 2);
  return [
    { ...band, rows: top },
    { ...band, row: band.row + top, rows: band.rows - top },
  ];
}

/** The merges of each block's sheet ("A1:J1", …), or undefined when Excel would not give them. */
export async function readMerges(
  context: RequestContextLike,
  blocks: Block[],
): Promise<Map<string, string[]> | undefined> {
  let bands = blocks;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const queried = bands.map((band) => {
      const ws = context.workbook.worksheets.getItem(band.sheet);
      const areas: MaybeNull & { readonly address: string } = ws
        .getRangeByIndexes(band.row, band.column, band.rows, band.columns)
        .getMergedAreasOrNullObject();
      areas.load("address");
      return { band, areas };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- again only after a failure, at most MAX_ROUNDS
      await context.sync();
    } catch {
      const next = bands.flatMap(halves);
      if (next.length === bands.length) return undefined;
      bands = next;
      continue;
    }
    const merges = new Map(blocks.map((b) => [b.sheet, [] as string[]]));
    for (const { band, areas } of queried) {
      if (areas.isNullObject) continue;
      for (const area of splitAreas(areas.address)) {
        const target = splitAddress(area);
        if (target) merges.get(band.sheet)?.push(target.ref);
      }
    }
    return merges;
  }
  return undefined;
}
