import { hashSheetPassword, SPIN_COUNT } from "../../../../src/hosts/xlsx/write/sheet-password";

/** ExcelJS's password hashing (on Node's crypto), as the oracle of Excel's algorithm. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Encryptor = require("exceljs/lib/utils/encryptor") as {
  convertPasswordToHash(password: string, algorithm: string, salt: string, spinCount: number): string;
};

describe("hashSheetPassword", () => {
  const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 11);

  it("gives the hash Excel's algorithm gives, for Vietnamese and plain passwords", () => {
    for (const password of ["bí mật", "abc", ""]) {
      const ours = hashSheetPassword(password, salt, 1000);
      expect(ours).toEqual({
        algorithmName: "SHA-512",
        saltValue: Buffer.from(salt).toString("base64"),
        spinCount: 1000,
        hashValue: Encryptor.convertPasswordToHash(
          password,
          "SHA512",
          Buffer.from(salt).toString("base64"),
          1000,
        ),
      });
    }
  });

  it("spins as often as Excel does, with a fresh salt each time", () => {
    const a = hashSheetPassword("x");
    expect(a.spinCount).toBe(SPIN_COUNT);
    expect(SPIN_COUNT).toBe(100_000);
    expect(hashSheetPassword("x").saltValue).not.toBe(a.saltValue);
  });
});
