import { nativeZlib } from "./native-zlib";

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The zip CRC-32 of `data`, continuing from `previous` (0 to start), in JavaScript. */
export function crc32Js(data: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** The zip CRC-32 of `data`, continuing from `previous`: the platform's zlib when there is one. */
export function crc32(data: Uint8Array, previous = 0): number {
  const native = nativeZlib();
  return native ? native.crc32(data, previous) >>> 0 : crc32Js(data, previous);
}
