/**
 * A platform's own zlib, when it has one (Node's, set by the command line at start): several times faster
 * than fflate, which the reader and the writer use everywhere else (the browser). Both paths give the same
 * bytes to the reader and the same limits: the native inflater is told the most it may produce.
 */
export interface NativeZlib {
  /** Raw deflate data inflated; throws when it would produce more than `maxBytes` (at least 1). */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array;
  /**
   * Raw deflate of one piece of a part (a fast level: the files are regenerated, not archived). Pieces that
   * are not `final` end on a byte boundary without closing the stream (a sync flush), so that the pieces
   * one after the other are one deflate stream.
   */
  deflateRaw(data: Uint8Array, final: boolean): Uint8Array<ArrayBuffer>;
  /** The zip CRC-32 of `data`, continuing from `previous` (0 to start). */
  crc32(data: Uint8Array, previous: number): number;
}

let installed: NativeZlib | undefined;

/** Makes the reader and the writer use this zlib (undefined: fflate again). */
export function installNativeZlib(zlib: NativeZlib | undefined): void {
  installed = zlib;
}

export function nativeZlib(): NativeZlib | undefined {
  return installed;
}
