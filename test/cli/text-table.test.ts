import { textTable } from "../../src/cli/text-table";

describe("the terminal's table of findings", () => {
  it("pads each column to its widest cell, counting a letter with its marks as one (NFC or NFD)", () => {
    const nfd = "Biểu mẫu".normalize("NFD");
    expect(
      textTable(
        ["Sheet", "Ô", "Nội dung"],
        [
          [nfd, "D19", "Lỗi"],
          ["Sáng kiến", "B2", "x"],
        ],
      ),
    ).toEqual([
      "  Sheet      Ô    Nội dung",
      "  ─────────  ───  ────────",
      `  ${nfd}   D19  Lỗi`,
      "  Sáng kiến  B2   x",
    ]);
  });

  it("takes more rows than a call takes arguments", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`B${i + 1}`, "Lỗi"]);
    const table = textTable(["Ô", "Nội dung"], rows);
    expect(table).toHaveLength(150_002);
    expect(table[1]).toBe("  ───────  ────────");
    expect(table[150_001]).toBe("  B150000  Lỗi");
  });

  it("leaves out a column empty in every row, but never the last", () => {
    const rows = [["", "", "Lỗi", "", "Tệp này không phải biểu mẫu báo cáo thi đua."]];
    expect(textTable(["Sheet", "Ô", "Mức độ", "Trường", "Nội dung"], rows)).toEqual([
      "  Mức độ  Nội dung",
      "  ──────  ────────────────────────────────────────────",
      "  Lỗi     Tệp này không phải biểu mẫu báo cáo thi đua.",
    ]);
    expect(textTable(["Sheet", "Nội dung"], [["A", ""]])).toEqual([
      "  Sheet  Nội dung",
      "  ─────  ────────",
      "  A",
    ]);
  });
});
