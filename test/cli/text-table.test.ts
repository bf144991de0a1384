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
