/** A damaged entry can still inflate, to other bytes: the reader checks every part's CRC-32. */
import { crc32 as nodeCrc32, deflateRawSync } from "node:zlib";
import { nodeZlib } from "../../../../src/cli/node-zlib";
import { crc32Js } from "../../../../src/hosts/xlsx/crc32";
import { installNativeZlib } from "../../../../src/hosts/xlsx/native-zlib";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { bombZip, workbookParts } from "./bomb-zip";

const SHEET = `<worksheet><sheetData><row r="1"><c r="A1"><v>1500000</v></c></row></sheetData></worksheet>`;
const encode = (text: string) => new TextEncoder().encode(text);
const DEFLATED_SHEET = {
  name: "xl/worksheets/sheet1.xml",
  data: deflateRawSync(encode(SHEET)),
  realSize: encode(SHEET).length,
};

/** Where a text first occurs in the bytes. */
function indexOfText(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes).indexOf(Buffer.from(encode(text)));
}

function readA1(bytes: Uint8Array): unknown {
  return readWorkbookBytes(bytes, "don-vi.xlsx").sheets[0].cells.A1?.value;
}

const inflaters = [
  ["fflate", undefined],
  ["Node's zlib", nodeZlib],
] as const;

afterEach(() => installNativeZlib(undefined));

describe.each(inflaters)("with %s, the reader", (_, zlib) => {
  beforeEach(() => installNativeZlib(zlib));

  it("reads parts whose CRC-32 match, stored or deflated", () => {
    const stored = bombZip([...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: SHEET }]);
    expect(readA1(stored)).toBe(1500000);
    const deflated = bombZip([...workbookParts(1), DEFLATED_SHEET]);
    expect(readA1(deflated)).toBe(1500000);
  });

  it("calls a stored part changed after it was zipped damaged, rather than read 1.600.000", () => {
    const bytes = bombZip([...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: SHEET }]);
    bytes[indexOfText(bytes, "<v>15") + 4] = "6".charCodeAt(0);
    expect(() => readA1(bytes)).toThrow(
      expect.objectContaining({
        code: "corrupt",
        detail: expect.stringMatching(/CRC-32/) as string,
      }) as Error,
    );
  });

  it("calls a deflated part damaged when what it inflates to does not match its CRC-32", () => {
    const bytes = bombZip([...workbookParts(1), DEFLATED_SHEET]);
    // The CRC-32 field of the sheet's central directory header (16 bytes after its signature).
    const name = Buffer.from(bytes).lastIndexOf(Buffer.from(encode("xl/worksheets/sheet1.xml")));
    const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), name);
    bytes[central + 16] ^= 0xff;
    expect(() => readA1(bytes)).toThrow(expect.objectContaining({ code: "corrupt" }) as Error);
  });
});

it("computes the same CRC-32 as zlib in JavaScript, whole or piece by piece", () => {
  const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251);
  expect(crc32Js(data)).toBe(nodeCrc32(data) >>> 0);
  expect(crc32Js(data.subarray(1234), crc32Js(data.subarray(0, 1234)))).toBe(nodeCrc32(data) >>> 0);
  expect(crc32Js(new Uint8Array(0), 12345)).toBe(12345);
});
