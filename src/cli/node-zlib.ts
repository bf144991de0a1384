import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { NativeZlib } from "../hosts/xlsx/native-zlib";

/** Node's zlib for the .xlsx reader and writer. */
export const nodeZlib: NativeZlib = {
  // One output buffer for the size the entry declares (checked against the limits before), where the
  // default is 16 KB chunks joined at the end. One byte larger: a buffer that the data fills exactly makes
  // Node allocate a second one of the same size, and inflate again to learn that the stream has ended.
  inflateRaw: (data, maxBytes) =>
    inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.max(64, maxBytes + 1) }),
  deflateRaw: (data, final) =>
    deflateRawSync(data, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  // Node 20's crc32 gives 0 for an empty array whatever the running value (TextEncoder's empty result, the
  // last piece of a part that ended on a flush): the part's CRC would be lost.
  crc32: (data, previous) => (data.length === 0 ? previous : crc32(data, previous)),
};
