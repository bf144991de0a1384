import { sha512 } from "./sha512";

/** Excel's own spin count for sheet protection (ECMA-376 Part 1, §18.3.1.85). */
export const SPIN_COUNT = 100_000;

export interface PasswordHash {
  algorithmName: "SHA-512";
  hashValue: string;
  saltValue: string;
  spinCount: number;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >>> 8;
  }
  return out;
}

/**
 * A sheet protection password as Excel stores it: SHA-512 of salt + UTF-16LE password, then hashed again
 * `spinCount` times with the round number (4 bytes, little-endian) appended.
 */
export function hashSheetPassword(
  password: string,
  salt: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(16)),
  spinCount = SPIN_COUNT,
): PasswordHash {
  const word = utf16le(password);
  const first = new Uint8Array(salt.length + word.length);
  first.set(salt);
  first.set(word, salt.length);
  const scratch = new Int32Array(160);
  let hash = sha512(first, scratch);
  const round = new Uint8Array(68);
  for (let i = 0; i < spinCount; i++) {
    round.set(hash);
    round[64] = i & 0xff;
    round[65] = (i >>> 8) & 0xff;
    round[66] = (i >>> 16) & 0xff;
    round[67] = (i >>> 24) & 0xff;
    hash = sha512(round, scratch);
  }
  return { algorithmName: "SHA-512", hashValue: base64(hash), saltValue: base64(salt), spinCount };
}
