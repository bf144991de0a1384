import { printableName, printableText } from "../../src/cli/printable";

describe("printable text", () => {
  it("escapes every control character of a name, Vietnamese letters untouched (NFC and NFD)", () => {
    expect(printableName("a\u001bb\rc\nd\te\u0007\u007f\u009b.xlsx")).toBe(
      "a\\x1bb\\rc\\nd\\te\\x07\\x7f\\x9b.xlsx",
    );
    expect(printableName("Sở Xây dựng")).toBe("Sở Xây dựng");
    const nfd = "Sở Xây dựng".normalize("NFD");
    expect(printableName(nfd)).toBe(nfd);
  });

  it("keeps the CLI's own line breaks and tabs but not ESC or CR", () => {
    expect(printableText("dòng 1\n\tdòng 2\u001b[2J\r")).toBe("dòng 1\n\tdòng 2\\x1b[2J\\r");
  });
});
