/**
 * SHA-512 (FIPS 180-4) on 32-bit halves, synchronous, for sheet protection passwords: Excel hashes a password
 * 100,000 times, which Web Crypto (asynchronous, one promise a round) makes take seconds.
 */

/** First 64 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL =
  "6a09e667f3bcc908 bb67ae8584caa73b 3c6ef372fe94f82b a54ff53a5f1d36f1 510e527fade682d1 9b05688c2b3e6c1f 1f83d9abfb41bd6b 5be0cd19137e2179";
/** First 64 bits of the fractional parts of the cube roots of the first 80 primes. */
const ROUND_CONSTANTS =
  "428a2f98d728ae22 7137449123ef65cd b5c0fbcfec4d3b2f e9b5dba58189dbbc " +
  "3956c25bf348b538 59f111f1b605d019 923f82a4af194f9b ab1c5ed5da6d8118 " +
  "d807aa98a3030242 12835b0145706fbe 243185be4ee4b28c 550c7dc3d5ffb4e2 " +
  "72be5d74f27b896f 80deb1fe3b1696b1 9bdc06a725c71235 c19bf174cf692694 " +
  "e49b69c19ef14ad2 efbe4786384f25e3 0fc19dc68b8cd5b5 240ca1cc77ac9c65 " +
  "2de92c6f592b0275 4a7484aa6ea6e483 5cb0a9dcbd41fbd4 76f988da831153b5 " +
  "983e5152ee66dfab a831c66d2db43210 b00327c898fb213f bf597fc7beef0ee4 " +
  "c6e00bf33da88fc2 d5a79147930aa725 06ca6351e003826f 142929670a0e6e70 " +
  "27b70a8546d22ffc 2e1b21385c26c926 4d2c6dfc5ac42aed 53380d139d95b3df " +
  "650a73548baf63de 766a0abb3c77b2a8 81c2c92e47edaee6 92722c851482353b " +
  "a2bfe8a14cf10364 a81a664bbc423001 c24b8b70d0f89791 c76c51a30654be30 " +
  "d192e819d6ef5218 d69906245565a910 f40e35855771202a 106aa07032bbd1b8 " +
  "19a4c116b8d2d0c8 1e376c085141ab53 2748774cdf8eeb99 34b0bcb5e19b48a8 " +
  "391c0cb3c5c95a63 4ed8aa4ae3418acb 5b9cca4f7763e373 682e6ff3d6b2b8a3 " +
  "748f82ee5defb2fc 78a5636f43172f60 84c87814a1f0ab72 8cc702081a6439ec " +
  "90befffa23631e28 a4506cebde82bde9 bef9a3f7b2c67915 c67178f2e372532b " +
  "ca273eceea26619c d186b8c721c0c207 eada7dd6cde0eb1e f57d4f7fee6ed178 " +
  "06f067aa72176fba 0a637dc5a2c898a6 113f9804bef90dae 1b710b35131c471b " +
  "28db77f523047d84 32caab7b40c72493 3c9ebe0a15c9bebc 431d67c49c100d4c " +
  "4cc5d4becb3e42b6 597f299cfc657e2a 5fcb6fab3ad6faec 6c44198c4a475817";

function halves(hex: string): Int32Array {
  const words = hex.split(" ");
  const out = new Int32Array(words.length * 2);
  words.forEach((w, i) => {
    out[2 * i] = parseInt(w.slice(0, 8), 16) | 0;
    out[2 * i + 1] = parseInt(w.slice(8), 16) | 0;
  });
  return out;
}

let constants: { h: Int32Array; k: Int32Array } | undefined;
function tables(): { h: Int32Array; k: Int32Array } {
  return (constants ??= { h: halves(INITIAL), k: halves(ROUND_CONSTANTS) });
}

/** The high and low halves of a 64-bit rotation right by n (0 < n < 64, n ≠ 32). */
function rotrHigh(h: number, l: number, n: number): number {
  return n < 32 ? (h >>> n) | (l << (32 - n)) : (l >>> (n - 32)) | (h << (64 - n));
}
function rotrLow(h: number, l: number, n: number): number {
  return n < 32 ? (l >>> n) | (h << (32 - n)) : (h >>> (n - 32)) | (l << (64 - n));
}

/**
 * Sums of 64-bit values given as halves: the low halves added as unsigned numbers (below 2^35), their carry
 * into the high. The carry by `| 0`, not Math.floor, which is ten times slower in some VM contexts (Jest).
 */
function sumHigh(highs: number, lowSum: number): number {
  return (highs + ((lowSum / 0x1_0000_0000) | 0)) | 0;
}

/** One 128-byte block into the state (8 words as 16 halves); `w` is scratch for the 80-word schedule. */
function compress(state: Int32Array, block: Uint8Array, offset: number, w: Int32Array): void {
  const k = tables().k;
  for (let i = 0; i < 32; i++) {
    const at = offset + 4 * i;
    w[i] = (block[at] << 24) | (block[at + 1] << 16) | (block[at + 2] << 8) | block[at + 3];
  }
  for (let t = 16; t < 80; t++) {
    const h15 = w[2 * (t - 15)];
    const l15 = w[2 * (t - 15) + 1];
    const s0h = rotrHigh(h15, l15, 1) ^ rotrHigh(h15, l15, 8) ^ (h15 >>> 7);
    const s0l = rotrLow(h15, l15, 1) ^ rotrLow(h15, l15, 8) ^ ((l15 >>> 7) | (h15 << 25));
    const h2 = w[2 * (t - 2)];
    const l2 = w[2 * (t - 2) + 1];
    const s1h = rotrHigh(h2, l2, 19) ^ rotrHigh(h2, l2, 61) ^ (h2 >>> 6);
    const s1l = rotrLow(h2, l2, 19) ^ rotrLow(h2, l2, 61) ^ ((l2 >>> 6) | (h2 << 26));
    const low = (s0l >>> 0) + (s1l >>> 0) + (w[2 * (t - 7) + 1] >>> 0) + (w[2 * (t - 16) + 1] >>> 0);
    w[2 * t] = sumHigh(s0h + s1h + w[2 * (t - 7)] + w[2 * (t - 16)], low);
    w[2 * t + 1] = low | 0;
  }
  // Indexed, not destructured: destructuring a typed array goes through its iterator, slow in some VMs.
  let ah = state[0];
  let al = state[1];
  let bh = state[2];
  let bl = state[3];
  let ch = state[4];
  let cl = state[5];
  let dh = state[6];
  let dl = state[7];
  let eh = state[8];
  let el = state[9];
  let fh = state[10];
  let fl = state[11];
  let gh = state[12];
  let gl = state[13];
  let hh = state[14];
  let hl = state[15];
  for (let t = 0; t < 80; t++) {
    const sig1h = rotrHigh(eh, el, 14) ^ rotrHigh(eh, el, 18) ^ rotrHigh(eh, el, 41);
    const sig1l = rotrLow(eh, el, 14) ^ rotrLow(eh, el, 18) ^ rotrLow(eh, el, 41);
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    const t1l = (hl >>> 0) + (sig1l >>> 0) + (chl >>> 0) + (k[2 * t + 1] >>> 0) + (w[2 * t + 1] >>> 0);
    const t1h = sumHigh(hh + sig1h + chh + k[2 * t] + w[2 * t], t1l);
    const sig0h = rotrHigh(ah, al, 28) ^ rotrHigh(ah, al, 34) ^ rotrHigh(ah, al, 39);
    const sig0l = rotrLow(ah, al, 28) ^ rotrLow(ah, al, 34) ^ rotrLow(ah, al, 39);
    const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
    const t2l = (sig0l >>> 0) + (majl >>> 0);
    const t2h = sumHigh(sig0h + majh, t2l);
    hh = gh;
    hl = gl;
    gh = fh;
    gl = fl;
    fh = eh;
    fl = el;
    const newEl = (dl >>> 0) + (t1l >>> 0);
    eh = sumHigh(dh + t1h, newEl);
    el = newEl | 0;
    dh = ch;
    dl = cl;
    ch = bh;
    cl = bl;
    bh = ah;
    bl = al;
    const newAl = (t1l >>> 0) + (t2l >>> 0);
    ah = sumHigh(t1h + t2h, newAl);
    al = newAl | 0;
  }
  const next = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
  for (let i = 0; i < 16; i += 2) {
    const low = (state[i + 1] >>> 0) + (next[i + 1] >>> 0);
    state[i] = sumHigh(state[i] + next[i], low);
    state[i + 1] = low | 0;
  }
}

/** The SHA-512 digest of `data` (64 bytes). */
export function sha512(data: Uint8Array, scratch = new Int32Array(160)): Uint8Array {
  const state = new Int32Array(tables().h);
  const blocks = Math.floor((data.length + 17 + 127) / 128);
  const padded = new Uint8Array(blocks * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  // The length in bits, as a 128-bit big-endian number (messages here are far below 2^53 bits).
  const bits = data.length * 8;
  const end = padded.length;
  padded[end - 5] = Math.floor(bits / 0x1_0000_0000) & 0xff;
  padded[end - 4] = (bits >>> 24) & 0xff;
  padded[end - 3] = (bits >>> 16) & 0xff;
  padded[end - 2] = (bits >>> 8) & 0xff;
  padded[end - 1] = bits & 0xff;
  for (let b = 0; b < blocks; b++) compress(state, padded, b * 128, scratch);
  const out = new Uint8Array(64);
  for (let i = 0; i < 16; i++) {
    out[4 * i] = state[i] >>> 24;
    out[4 * i + 1] = (state[i] >>> 16) & 0xff;
    out[4 * i + 2] = (state[i] >>> 8) & 0xff;
    out[4 * i + 3] = state[i] & 0xff;
  }
  return out;
}
