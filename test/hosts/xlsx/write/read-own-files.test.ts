/**
 * The writer streams its parts, so each zip entry has the data descriptor flag; the sizes are in the central
 * directory all the same, and the reader inflates such parts in one call each, not through the (several
 * times slower) stream it keeps for entries that declare no size.
 */
import { writeWorkbook } from "../../../../src/hosts/xlsx";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { fullPlan, MAIN } from "../full-plan";

const streams = { count: 0 };
jest.mock("fflate", () => {
  const actual = jest.requireActual<typeof import("fflate")>("fflate");
  class CountedInflate extends actual.Inflate {
    constructor(...args: ConstructorParameters<typeof actual.Inflate>) {
      super(...args);
      streams.count++;
    }
  }
  return { ...actual, Inflate: CountedInflate };
});

it("reads thidua's own workbooks without the inflate stream", async () => {
  const bytes = await writeWorkbook(fullPlan());
  // General-purpose flag bit 3 of the first local header: sizes follow the data.
  expect(bytes[6] & 8).toBe(8);
  const snapshot = readWorkbookBytes(bytes, "own.xlsx");
  expect(snapshot.sheets[0].name).toBe(MAIN);
  expect(streams.count).toBe(0);
});
