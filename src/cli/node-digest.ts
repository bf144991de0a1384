import { createHash } from "node:crypto";
import { digestOfHex, type Digest } from "../jobs/digest";

/**
 * SHA-256 on the calling thread. Web Crypto's digest runs on libuv's pool, and waits there for a core while
 * V8's compiler threads hold them: 120 ms of `thidua validate` on 200 files.
 */
export function nodeDigest(bytes: Uint8Array): Digest {
  return digestOfHex(createHash("sha256").update(bytes).digest("hex"));
}
