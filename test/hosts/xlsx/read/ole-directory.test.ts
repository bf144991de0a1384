/** The names at the root of an OLE2 compound file, and nothing of a damaged or hostile one. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { oleRootNames } from "../../../../src/hosts/xlsx/read/ole-directory";
import { ole2File } from "../stored-zip";
import { readInChild } from "./child-reader";

describe("oleRootNames", () => {
  it("gives the root's streams and storages, not what an embedded object holds", () => {
    const file = ole2File([
      "Workbook",
      { storage: "MBD001805CA", holds: ["WordDocument", "1Table"] },
      "\u0005SummaryInformation",
    ]);
    expect(oleRootNames(file)?.sort()).toEqual(
      ["MBD001805CA", "Workbook", "\u0005SummaryInformation"].sort(),
    );
  });

  it("gives undefined for a file cut short, a sector size OLE2 does not have, or a directory in a loop", () => {
    const file = ole2File(["Workbook", "a", "b", "c", "d", "e", "f", "g"]);
    expect(oleRootNames(file.subarray(0, 700))).toBeUndefined();
    const oddSectors = new Uint8Array(file);
    new DataView(oddSectors.buffer).setUint16(0x1e, 10, true);
    expect(oleRootNames(oddSectors)).toBeUndefined();
    // The directory's second sector says the first comes next.
    const looped = new Uint8Array(file);
    new DataView(looped.buffer).setUint32(512 + 4 * 2, 1, true);
    expect(oleRootNames(looped)).toBeUndefined();
  });

  it("stops at siblings that point back at each other", () => {
    const file = ole2File(["Workbook", "ETExtData"]);
    // The second entry of the root (id 2) names the first (id 1) as its right sibling.
    new DataView(file.buffer).setUint32(2 * 512 + 128 * 2 + 72, 1, true);
    expect(oleRootNames(file)?.sort()).toEqual(["ETExtData", "Workbook"]);
  });
});

test("a 50 MB file whose header claims four billion FAT sectors, with a DIFAT through every sector, takes little more memory than the file", () => {
  const sectors = 100_000;
  const file = new Uint8Array(512 * (sectors + 1));
  file.set(ole2File(["Workbook"]));
  const view = new DataView(file.buffer);
  view.setUint32(0x2c, 0xffffffff, true);
  view.setUint32(0x44, 2, true);
  // Each sector after the directory is a DIFAT sector naming the next, to the end of the file.
  for (let s = 2; s < sectors; s++)
    view.setUint32(512 * (s + 1) + 508, s + 1 < sectors ? s + 1 : 0xfffffffe, true);
  const dir = mkdtempSync(join(tmpdir(), "thidua-ole-"));
  try {
    writeFileSync(join(dir, "bao-cao.xls"), file);
    const run = readInChild(join(dir, "bao-cao.xls"));
    expect(run.outcome).toBe("refused legacy-xls");
    // The child holds the file twice (as read, and copied) beside Node itself: some 145 MB. Listing four
    // billion FAT sectors, as the header says, took 170 MB more.
    expect(run.peakMb).toBeLessThan(200);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
