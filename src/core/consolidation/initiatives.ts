import type { InitiativeRow } from "./model";
import { slotOf, type Placement } from "./placement";
import { rowsOf } from "./table-rows";

export const INITIATIVES_TABLE = "tbl_initiatives";

/** Every initiative of every included unit, roster order, then year, then row. */
export function initiativeRows(placement: Placement): InitiativeRow[] {
  return placement.units.flatMap((unit) =>
    placement.years.flatMap((year) =>
      rowsOf(slotOf(placement, unit, year), INITIATIVES_TABLE).map(
        ({ unit: u, year: y, values, source }) => ({
          unit: u,
          year: y,
          values,
          source,
        }),
      ),
    ),
  );
}
