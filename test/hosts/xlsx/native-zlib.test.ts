/**
 * The command line reads and writes with Node's zlib, the browser with fflate: the same files must give
 * the same snapshots (or be refused for the same reason), and the bytes either writes must read the same.
 */
import ExcelJS from "exceljs";
import { crc32 } from "node:zlib";
import { inflateSync } from "fflate";
import { nodeZlib } from "../../../src/cli/node-zlib";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { installNativeZlib } from "../../../src/hosts/xlsx/native-zlib";
import { readWorkbookBytes, WorkbookReadError } from "../../../src/hosts/xlsx/read";
import { sampleBatch } from "../../../src/dev/sample/batch";
import { campaignWithUnits } from "../../../src/dev/sample/campaign-with-units";
import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { locateCentralDirectory, readCentralDirectory } from "../../../src/hosts/xlsx/zip-directory";
import { PackageWriter } from "../../../src/hosts/xlsx/write/package-writer";
import { ZipArchive } from "../../../src/hosts/xlsx/read/zip-archive";
import { fullPlan } from "./full-plan";
import { corpusFiles } from "./read/corpus-files";

afterEach(() => installNativeZlib(undefined));

function outcome(bytes: Uint8Array, name: string): unknown {
  try {
    return readWorkbookBytes(bytes, name);
  } catch (error) {
    if (error instanceof WorkbookReadError) return `refused ${error.code} ${error.detail}`;
    throw error;
  }
}

function bothWays(bytes: Uint8Array, name: string): [unknown, unknown] {
  installNativeZlib(undefined);
  const withFflate = outcome(bytes, name);
  installNativeZlib(nodeZlib);
  return [withFflate, outcome(bytes, name)];
}

it("reads every corpus file the same with Node's zlib as with fflate", () => {
  const files = corpusFiles();
  for (const f of files) {
    const [withFflate, native] = bothWays(f.bytes, f.name);
    expect({ file: f.name, read: native }).toEqual({ file: f.name, read: withFflate });
  }
});

it("reads sample submissions the same with Node's zlib as with fflate", async () => {
  const plans = sampleBatch(campaignWithUnits(3), { years: [2024], seed: 11, sample: { large: true } });
  for (const f of plans) {
    const bytes = await writeWorkbook(f.plan);
    const [withFflate, native] = bothWays(bytes, f.name);
    expect(native).toEqual(withFflate);
  }
});

it("writes with Node's zlib bytes that read as those fflate writes, and that ExcelJS opens", async () => {
  const plan = fullPlan();
  const viaFflate = await writeWorkbook(plan);
  installNativeZlib(nodeZlib);
  const viaNative = await writeWorkbook(plan);
  installNativeZlib(undefined);
  expect(readWorkbookBytes(viaNative, "x.xlsx")).toEqual(readWorkbookBytes(viaFflate, "x.xlsx"));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(viaNative as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(
    readWorkbookBytes(viaFflate, "x.xlsx").sheets.map((s) => s.name),
  );
});

it("deflates a sheet larger than one piece as one stream, piece by piece", async () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => [
    `Dòng ${i + 1} – Xã Hòa Bình`,
    i * 1000,
    i % 7 === 0,
  ]);
  const plan: WorkbookPlan = { sheets: [{ name: "Lớn", blocks: [{ origin: "A1", rows }] }] };
  const viaFflate = await writeWorkbook(plan);
  let pieces = 0;
  installNativeZlib({
    ...nodeZlib,
    deflateRaw: (data, final) => {
      pieces++;
      return nodeZlib.deflateRaw(data, final);
    },
  });
  const viaNative = await writeWorkbook(plan);
  installNativeZlib(undefined);
  // Far more pieces than parts: the big sheet was deflated as it was written, not held whole.
  const parts = readCentralDirectory(viaNative, locateCentralDirectory(viaNative)).length;
  expect(pieces).toBeGreaterThan(parts + 10);
  const read = readWorkbookBytes(viaNative, "x.xlsx");
  expect(read).toEqual(readWorkbookBytes(viaFflate, "x.xlsx"));
  expect(read.sheets[0].cells.B20000).toEqual({ value: 19_999_000 });
});

it("refuses with Node's zlib an entry that inflates past the size it declares", async () => {
  const bytes = await writeWorkbook(fullPlan());
  // The workbook part's central directory record: say it has no data descriptor and holds 10 bytes.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  while (view.getUint32(at, true) === 0x02014b50) {
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === "xl/workbook.xml") {
      view.setUint16(at + 8, view.getUint16(at + 8, true) & ~8, true);
      view.setUint32(at + 24, 10, true);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  const [withFflate, native] = bothWays(bytes, "liar.xlsx");
  expect(native).toBe("refused too-large entry xl/workbook.xml inflates past the 10 bytes it declares");
  expect(withFflate).toBe(native);
});

/** Each entry whose CRC-32 in the central directory is not that of its data (Excel refuses such a file). */
function badCrcs(bytes: Uint8Array): string[] {
  const entries = readCentralDirectory(bytes, locateCentralDirectory(bytes));
  const zip = new ZipArchive(bytes, { maxEntryBytes: Infinity, maxTotalBytes: Infinity }, entries);
  return entries
    .filter((e) => {
      const data = zip.storedData(e);
      const plain = e.method === 8 ? inflateSync(data) : data;
      return crc32(plain) >>> 0 !== e.crc32 >>> 0;
    })
    .map((e) => e.name);
}

it("gives every part its CRC-32, with either deflater, a part ending on a flush too", async () => {
  for (const zlib of [undefined, nodeZlib]) {
    installNativeZlib(zlib);
    const out = new PackageWriter(new Date());
    // One text longer than a piece: written at once, then an empty last piece.
    out.add("a.xml", "<a>".padEnd(70_000, "x") + "</a>");
    out.add("b.xml", "<b/>");
    expect(badCrcs(out.finish())).toEqual([]);
    expect(badCrcs(await writeWorkbook(fullPlan()))).toEqual([]);
  }
  expect(nodeZlib.crc32(new TextEncoder().encode(""), 123)).toBe(123);
});

it("inflates an entry into one buffer of the size it declares, not a second one to find the end", () => {
  const text = new TextEncoder().encode("<row>".padEnd(40_000, "x"));
  const data = nodeZlib.deflateRaw(text, true);
  const allocUnsafe = jest.spyOn(Buffer, "allocUnsafe");
  try {
    expect(nodeZlib.inflateRaw(data, text.length)).toEqual(Buffer.from(text));
    const large = allocUnsafe.mock.calls.filter(([size]) => size >= text.length);
    expect(large).toHaveLength(1);
  } finally {
    allocUnsafe.mockRestore();
  }
  expect(() => nodeZlib.inflateRaw(data, text.length - 1)).toThrow();
});
