/**
 * A small part that comes back byte for byte in the files of a batch is inflated once: the third file with
 * it is read from what the second left (the first is only noted). Only identical compressed data is taken so:
 * a file that forges a part's CRC-32 and sizes gets its own data inflated, and checked.
 */
import { bombZip } from "./bomb-zip";
import { installNativeZlib, nativeZlib, type NativeZlib } from "../../../../src/hosts/xlsx/native-zlib";
import { InflateLimitError, ZipArchive } from "../../../../src/hosts/xlsx/read/zip-archive";
import { ZipFormatError } from "../../../../src/hosts/xlsx/zip-directory";
import { nodeZlib } from "../../../../src/cli/node-zlib";

/** Raw deflate data of one stored block: `text`'s bytes as they are, so equal lengths give equal sizes. */
function storedBlock(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return new Uint8Array([
    0x01,
    bytes.length & 0xff,
    bytes.length >> 8,
    ~bytes.length & 0xff,
    (~bytes.length >> 8) & 0xff,
    ...bytes,
  ]);
}

/** The zip with its one entry's CRC-32, in the local and the central header, replaced. */
function withCrc(zip: Uint8Array, crc: number): Uint8Array {
  const out = new Uint8Array(zip);
  const dv = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = dv.getUint32(at, true);
    if (signature === 0x04034b50) dv.setUint32(at + 14, crc, true);
    if (signature === 0x02014b50) dv.setUint32(at + 16, crc, true);
  }
  return out;
}

function crcOf(zip: Uint8Array): number {
  const dv = new DataView(zip.buffer, zip.byteOffset);
  for (let at = 0; at + 4 <= zip.length; at++)
    if (dv.getUint32(at, true) === 0x02014b50) return dv.getUint32(at + 16, true);
  throw new Error("no central header");
}

const PART = "xl/_rels/workbook.xml.rels";

/** A zip of one deflated part holding `text`. */
function zipOf(text: string): Uint8Array {
  return bombZip([{ name: PART, data: storedBlock(text), realSize: new TextEncoder().encode(text).length }]);
}

const LIMITS = { maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 20 };

let inflated = 0;
const previous = nativeZlib();
beforeAll(() => {
  const counting: NativeZlib = {
    ...nodeZlib,
    inflateRaw: (data, maxBytes) => {
      inflated++;
      return nodeZlib.inflateRaw(data, maxBytes);
    },
  };
  installNativeZlib(counting);
});
afterAll(() => installNativeZlib(previous));

function read(zip: Uint8Array, limits = LIMITS): string | undefined {
  return new ZipArchive(zip, limits).readText(PART);
}

describe("parts seen in earlier files", () => {
  it("inflates a part that comes back byte for byte twice, then no more, and gives the same text", () => {
    const zip = zipOf("<Relationships>one</Relationships>");
    inflated = 0;
    const texts = [read(zip), read(zip), read(zip), read(new Uint8Array(zip))];
    expect(texts).toEqual(Array(4).fill("<Relationships>one</Relationships>"));
    expect(inflated).toBe(2);
  });

  it("inflates, and refuses, a part that forges the CRC-32 and sizes of one seen before", () => {
    const honest = zipOf("<Relationships>two</Relationships>");
    read(honest);
    read(honest);
    const forged = withCrc(zipOf("<Relationships>TWO</Relationships>"), crcOf(honest));
    expect(() => read(forged)).toThrow(ZipFormatError);
  });

  it("counts a part taken from an earlier file against the file's limits", () => {
    const text = `<Relationships>${"x".repeat(200)}</Relationships>`;
    const zip = zipOf(text);
    read(zip);
    read(zip);
    inflated = 0;
    expect(() => read(zip, { maxEntryBytes: 1 << 20, maxTotalBytes: 100 })).toThrow(InflateLimitError);
    expect(inflated).toBe(0);
  });
});
