/**
 * An entry that declares no size is inflated as a stream: each push must stay small, or one push of zeros
 * grows the inflater's buffers to tens of MB before the limit is checked.
 */
import { bombZip, zerosDeflated } from "./bomb-zip";
import { ZipArchive } from "../../../../src/hosts/xlsx/read/zip-archive";

const chunkSizes: number[] = [];

jest.mock("fflate", () => {
  const actual = jest.requireActual<typeof import("fflate")>("fflate");
  class RecordingInflate extends actual.Inflate {
    constructor(ondata: (chunk: Uint8Array, final: boolean) => void) {
      super((chunk, final) => {
        chunkSizes.push(chunk.length);
        ondata(chunk, final);
      });
    }
  }
  return { ...actual, Inflate: RecordingInflate };
});

const MB = 1024 * 1024;

describe("inflating an entry of undeclared size", () => {
  it("gives at most about 1 MB at a time, and all of it", () => {
    const zip = new ZipArchive(
      bombZip([{ name: "xl/worksheets/sheet1.xml", data: zerosDeflated(8), undeclared: true }]),
      { maxEntryBytes: 32 * MB, maxTotalBytes: 64 * MB },
    );
    expect(zip.readBytes("xl/worksheets/sheet1.xml")?.length).toBe(8 * MB);
    expect(chunkSizes.length).toBeGreaterThan(1);
    expect(Math.max(...chunkSizes)).toBeLessThanOrEqual(1.1 * MB);
  });
});
