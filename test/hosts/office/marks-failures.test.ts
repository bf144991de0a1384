import type { Finding } from "../../../src/core/findings/finding";
import { MARKS_SHEET } from "../../../src/hosts/office";
import { setup } from "./helpers";

function finding(cell: string): Finding {
  return {
    code: "required-value",
    severity: "error",
    file: "VP-2024.xlsx",
    sheet: "Biểu mẫu",
    cell,
    params: { label: `ô ${cell}` },
  };
}

/** A unit's form sheet protected without a password, as the template leaves it. */
function protectedForm(options: Parameters<typeof setup>[0] = {}): ReturnType<typeof setup> {
  const s = setup(options);
  s.excel.addSheet("Biểu mẫu");
  s.excel.setCells("Biểu mẫu", { B2: "Văn phòng Sở", B3: "1.500.000" });
  s.excel.sheet("Biểu mẫu").protection = { options: { allowFormatColumns: true } };
  return s;
}

describe("markFindings: each failure says what it is", () => {
  it("a workbook whose structure is protected is named as such, not as a password on the sheet", async () => {
    const s = protectedForm();
    s.excel.state.structureProtected = true;
    await expect(s.host.markFindings([finding("B2")])).rejects.toMatchObject({ code: "workbook-protected" });
    expect(s.excel.sheetNames()).not.toContain(MARKS_SHEET);
    expect(s.excel.sheet("Biểu mẫu").protection).toEqual({ options: { allowFormatColumns: true } });
    expect(s.excel.format("Biểu mẫu", "B2")?.fill).toBeUndefined();
  });

  it("a cell holding a threaded comment gets its own message and the sheet's protection is put back", async () => {
    const s = protectedForm();
    s.excel.sheet("Biểu mẫu").comments.set("B3", "Ý kiến của phòng");
    const error: unknown = await s.host.markFindings([finding("B3")]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "marks-failed" });
    expect(s.excel.sheet("Biểu mẫu").protection).toMatchObject({ options: { allowFormatColumns: true } });
    expect(s.excel.sheet("Biểu mẫu").comments.get("B3")).toBe("Ý kiến của phòng");
  });

  it("a request Excel on the web finds too large (GeneralException) is not reported as a protected sheet", async () => {
    const s = protectedForm({ failWhen: (a) => a.path.endsWith(".notes") && a.op === "add" });
    const many = Array.from({ length: 40 }, (_, i) => finding(`C${i + 2}`));
    await expect(s.host.markFindings(many)).rejects.toMatchObject({ code: "marks-too-large" });
    expect(s.excel.sheet("Biểu mẫu").protection).toMatchObject({ options: { allowFormatColumns: true } });
  });

  it("a password is still named as a password, and nothing is marked", async () => {
    const s = protectedForm();
    s.excel.sheet("Biểu mẫu").protection = { options: {}, password: "123" };
    await expect(s.host.markFindings([finding("B2")])).rejects.toMatchObject({ code: "sheet-protected" });
    expect(s.excel.sheetNames()).not.toContain(MARKS_SHEET);
  });
});
