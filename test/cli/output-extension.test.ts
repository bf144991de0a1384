/** An output is refused before anything is read when its extension does not name what would be written. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-extension-"));
const at = (name: string): string => join(dir, name);

describe("the output's extension", () => {
  it("must be .xlsx for a summary, a template or criteria; the message gives the name to use", async () => {
    const run = await runCli("consolidate", at("khong-co"), "-o", at("tong-hop"));
    expect([run.code, run.err]).toEqual([
      2,
      `Tệp kết quả ${at("tong-hop")} cần có đuôi .xlsx: Excel và Word chỉ mở tệp có đuôi đúng với nội dung. Ví dụ: -o tong-hop.xlsx`,
    ]);
    expect(existsSync(at("tong-hop"))).toBe(false);
    expect((await runCli("criteria", "-o", at("tieu-chi.docx"))).err).toContain("Ví dụ: -o tieu-chi.xlsx");
    const template = await runCli("template", "-o", at("BIEU-MAU.XLSX"));
    expect(template.code).toBe(0);
    expect(existsSync(at("BIEU-MAU.XLSX"))).toBe(true);
  });

  it("must be .docx or .xlsx for a report, unless --format names the format", async () => {
    const pdf = await runCli("report", at("khong-co"), "-o", at("bao-cao.pdf"));
    expect([pdf.code, pdf.err]).toEqual([
      2,
      `Tệp báo cáo ${at("bao-cao.pdf")} cần có đuôi .docx (Word) hoặc .xlsx (Excel). Ví dụ: -o bao-cao.docx`,
    ]);
    // With --format the user has named the format: the extension is theirs to choose.
    const named = await runCli("report", at("khong-co"), "-o", at("bc.bin"), "--format", "docx");
    expect(named.err).not.toContain("cần có đuôi");
  });

  it("is told in the help as the report command applies it", async () => {
    expect((await runCli("--help")).out).toContain("(.docx: Word, .xlsx: Excel) hoặc --format");
    expect((await runCli("--help", "--lang", "en")).out).toContain(
      "(.docx: Word, .xlsx: Excel), or --format",
    );
  });
});
