import { createHash } from "node:crypto";
import { sha512 } from "../../../../src/hosts/xlsx/write/sha512";

describe("sha512", () => {
  it("gives Node's digest for lengths around the padding boundaries", () => {
    for (const n of [0, 1, 3, 55, 64, 68, 111, 112, 127, 128, 129, 239, 240, 300, 1000]) {
      const data = new Uint8Array(n).map((_, i) => (i * 37 + n) & 255);
      expect(Buffer.from(sha512(data)).toString("hex")).toBe(createHash("sha512").update(data).digest("hex"));
    }
  });

  it("gives the FIPS 180-4 example digest of 'abc'", () => {
    expect(Buffer.from(sha512(new TextEncoder().encode("abc"))).toString("hex")).toBe(
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a" +
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    );
  });
});
