import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { NativeZlib } from "../hosts/xlsx/native-zlib";

/** Node's zlib for the .xlsx reader and writer. */
export const nodeZlib: NativeZlib = {
  inflateRaw: (data, maxBytes) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }),
  deflateRaw: (data, final) =>
    deflateRawSync(data, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  crc32: (data, previous) => crc32(data, previous),
};
