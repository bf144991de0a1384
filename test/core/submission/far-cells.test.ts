/**
 * A sheet's searches walk the cells it holds, not the rectangle up to its last cell: a stray value in
 * XFD1048576, or a table defined down to row 1048576, would otherwise mean billions of lookups.
 */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { parseRange, rangeToA1 } from "../../../src/core/workbook-model/address";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { setCell } from "../../helpers/snapshot-edit";
import { baselineUnit, unitSnapshot } from "../../helpers/unit-workbook";

const FORM = "Biểu mẫu";
/** Far more than a form's searches need, far fewer than a walk of a whole sheet makes. */
const MOST_LOOKUPS = 100_000;

/** Counts the lookups of every sheet's cells, failing once they pass MOST_LOOKUPS. */
function countLookups(snapshot: WorkbookSnapshot): () => number {
  let lookups = 0;
  for (const sheet of snapshot.sheets) {
    sheet.cells = new Proxy(sheet.cells, {
      get(cells, key) {
        if (++lookups > MOST_LOOKUPS) throw new Error(`more than ${MOST_LOOKUPS} cell lookups`);
        return Reflect.get(cells, key);
      },
    });
  }
  return () => lookups;
}

const valuesOf = (snapshot: WorkbookSnapshot) =>
  Object.fromEntries(
    Object.entries(checkWorkbook(snapshot, DEFAULT_CAMPAIGN).submission.fields).map(([id, r]) => [
      id,
      r.value,
    ]),
  );

describe("a sheet with a cell far away", () => {
  it("is read by its labels, when the names are gone, looking only at the cells it holds", () => {
    const expected = valuesOf(unitSnapshot(baselineUnit()));
    const snapshot = unitSnapshot(baselineUnit());
    snapshot.names = [];
    snapshot.tables = [];
    setCell(snapshot, FORM, "XFD1048576", { value: "x" });
    const lookups = countLookups(snapshot);
    const result = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
    expect(valuesOf(snapshot)).toEqual(expected);
    expect(result.submission.tables.tbl_proposals).toMatchObject({ foundBy: "label" });
    expect(result.submission.tables.tbl_proposals.rows).toHaveLength(3);
    expect(lookups()).toBeLessThan(MOST_LOOKUPS);
  });

  it("has its named table defined down to the last row read by the rows that hold cells", () => {
    const snapshot = unitSnapshot(baselineUnit());
    const table = snapshot.tables.find((t) => t.name === "tbl_proposals")!;
    table.ref = rangeToA1({ ...parseRange(table.ref), bottom: 1_048_576 });
    setCell(snapshot, table.sheet, "XFD1048576", { value: "x" });
    countLookups(snapshot);
    const proposals = checkWorkbook(snapshot, DEFAULT_CAMPAIGN).submission.tables.tbl_proposals;
    expect(proposals.rows).toHaveLength(3);
  });
});
