import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, fieldCell, unitPlan } from "../helpers/unit-workbook";
import { ole2File, storedZip, utf16le } from "../hosts/xlsx/stored-zip";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-validate-"));
const path = (name: string): string => join(dir, name);

beforeAll(async () => {
  writeFileSync(path("VP-2024.xlsx"), await writeWorkbook(unitPlan(baselineUnit())));
  const faulty = baselineUnit();
  faulty.values.unit_name = "Phòng Quản lý xây dựng";
  faulty.values.b04_fund_amount = "2 triệu";
  faulty.values.c1 = 21;
  writeFileSync(path("QLXD-2024.xlsx"), await writeWorkbook(unitPlan(faulty)));
  writeFileSync(path("empty.xlsx"), new Uint8Array());
  writeFileSync(path("notes.xlsx"), "this is a text file renamed");
  writeFileSync(path("letter.xlsx"), storedZip([{ name: "word/document.xml", data: "<w:document/>" }]));
  writeFileSync(path("old.xls"), ole2File(["Workbook"]));
  writeFileSync(path("locked.xlsx"), ole2File(["EncryptionInfo", "EncryptedPackage"]));
  expect(utf16le("x")).toHaveLength(2);
});

describe("thidua validate", () => {
  it("exits 0 for a valid file and prints its verdict", async () => {
    const run = await runCli("validate", path("VP-2024.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("VP-2024.xlsx — Văn phòng Sở, năm 2024");
    expect(run.out).toContain("HỢP LỆ: 0 lỗi");
  });

  it("exits 1 when a file has errors and shows each at its cell, in Vietnamese or English", async () => {
    const vi = await runCli("validate", path("VP-2024.xlsx"), path("QLXD-2024.xlsx"));
    expect(vi.code).toBe(1);
    expect(vi.out).toMatch(
      new RegExp(`Biểu mẫu\\s+${fieldCell("b04_fund_amount")}\\s+Lỗi\\s+b04_fund_amount\\s+“2 triệu” có chữ`),
    );
    expect(vi.out).toContain("CÓ LỖI: 2 lỗi");
    const en = await runCli("validate", path("QLXD-2024.xlsx"), "--lang", "en");
    expect(en.out).toContain("“2 triệu” contains words, not a number");
    expect(en.out).toContain("HAS ERRORS: 2 errors");
  });

  it("says “1 error, 1 warning” and “1 file” in English, a count's word agreeing with it", async () => {
    const one = baselineUnit();
    one.values.c1 = 21;
    one.values.preparer_phone = "12345";
    writeFileSync(path("HTKT-2024.xlsx"), await writeWorkbook(unitPlan(one)));
    const en = await runCli("validate", path("HTKT-2024.xlsx"), "--lang", "en");
    expect(en.out).toContain("HAS ERRORS: 1 error, 1 warning, 0 notes.");
    expect(en.out).toContain("Checked 1 file: 0 valid, 1 with errors, 0 unreadable.");
  });

  it("prints the JSON report other tools rely on", async () => {
    const run = await runCli("validate", "--json", path("QLXD-2024.xlsx"), path("VP-2024.xlsx"));
    const report = JSON.parse(run.out) as { files: Record<string, unknown>[] };
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toEqual({
      file: "QLXD-2024.xlsx",
      unit: "QLXD",
      unitName: "Phòng Quản lý xây dựng",
      year: 2024,
      valid: false,
      counts: { error: 2, warning: 0, info: 0 },
      findings: [
        {
          code: "type-error",
          severity: "error",
          sheet: "Biểu mẫu",
          cell: fieldCell("b04_fund_amount"),
          field: "b04_fund_amount",
          title: "Sai kiểu dữ liệu",
          message: "“2 triệu” có chữ, không phải số. Hãy ghi bằng chữ số, ví dụ 2.000.000.",
        },
        expect.objectContaining({ code: "score-out-of-range", cell: fieldCell("c1"), field: "c1" }),
      ],
    });
    expect(report.files[1]).toMatchObject({ file: "VP-2024.xlsx", valid: true, findings: [] });
  });

  it("turns every bad file into a finding with its name and goes on with the others", async () => {
    const bad = ["empty.xlsx", "notes.xlsx", "letter.xlsx", "old.xls", "locked.xlsx", "missing.xlsx"];
    const run = await runCli("validate", "--json", ...bad.map(path), path("VP-2024.xlsx"));
    expect(run.code).toBe(1); // an unreadable file is an error; the readable one was still checked
    const report = JSON.parse(run.out) as {
      files: { file: string; valid: boolean; findings: { code: string; message: string }[] }[];
    };
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    const expected: Record<string, string> = {
      "empty.xlsx": "Tệp rỗng",
      "notes.xlsx": "không phải là sổ Excel .xlsx",
      "letter.xlsx": "văn bản Word",
      "old.xls": "Sổ làm việc Excel (.xlsx)",
      "locked.xlsx": "mật khẩu",
      "missing.xlsx": "Không tìm thấy tệp",
    };
    for (const [file, text] of Object.entries(expected)) {
      expect(byFile[file].valid).toBe(false);
      expect(byFile[file].findings).toEqual([expect.objectContaining({ code: "unreadable-workbook" })]);
      expect(byFile[file].findings[0].message).toContain(text);
    }
    expect(byFile["VP-2024.xlsx"].valid).toBe(true);
  });

  it("exits 2 when no file could be read, or on bad usage", async () => {
    expect((await runCli("validate", path("empty.xlsx"), path("old.xls"))).code).toBe(2);
    const none = await runCli("validate");
    expect(none.code).toBe(2);
    expect(none.err).toContain("Chưa chỉ tệp cần kiểm tra");
    const unknown = await runCli("validate", "--colour", path("VP-2024.xlsx"));
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining("--colour") });
    expect((await runCli("validate", "--lang", "fr", path("VP-2024.xlsx"))).code).toBe(2);
    expect((await runCli("frobnicate")).code).toBe(2);
  });
});

describe("thidua --help and --version", () => {
  it("prints help in Vietnamese and the version", async () => {
    const help = await runCli("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("thidua validate ĐƯỜNG-DẪN...");
    const version = await runCli("--version");
    expect(version.out).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("thidua validate on a folder", () => {
  it("checks every workbook in it, by its path inside the folder, leaving Excel's lock files out", async () => {
    const folder = path("nhan-ve");
    mkdirSync(join(folder, "QLXD"), { recursive: true });
    copyFileSync(path("VP-2024.xlsx"), join(folder, "VP-2024.xlsx"));
    copyFileSync(path("QLXD-2024.xlsx"), join(folder, "QLXD", "bao-cao.XLSM"));
    writeFileSync(join(folder, "~$VP-2024.xlsx"), "lock");
    writeFileSync(join(folder, "ghi-chu.txt"), "not a workbook");
    const run = await runCli("validate", folder);
    expect(run.code).toBe(1);
    const headings = run.out.split("\n").filter((l) => / — /.test(l));
    expect(headings).toEqual([
      "QLXD/bao-cao.XLSM — Phòng Quản lý xây dựng, năm 2024",
      "VP-2024.xlsx — Văn phòng Sở, năm 2024",
    ]);
    expect(run.out).toContain("Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi, 0 không đọc được.");
  });

  it("with no workbook in it exits 2, saying so", async () => {
    const empty = path("trong");
    mkdirSync(empty);
    const run = await runCli("validate", empty);
    expect([run.code, run.err]).toEqual([2, "Không có tệp .xlsx hay .xlsm nào trong các đường dẫn đã chỉ."]);
  });
});
