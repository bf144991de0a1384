/**
 * What a browser has and Jest's jsdom lacks, for tests that read and write real .xlsx bytes in the pane.
 * Import it first. jsdom runs in its own realm: typed arrays made by Node (ExcelJS's Buffers) are not
 * `instanceof` jsdom's Uint8Array, so the test realm uses Node's, as a browser page has a single realm.
 */
import { Buffer } from "node:buffer";
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import v8 from "node:v8";

const NodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;

Object.assign(globalThis, { TextDecoder, TextEncoder, Uint8Array: NodeUint8Array });
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T;
}
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
}
if (typeof Blob.prototype.arrayBuffer !== "function") {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

// Tells React that these tests drive updates through act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
