/** A --criteria or --settings workbook that cannot be read stops the command in the catalogue's words. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vi from "../../src/i18n/vi.json";
import en from "../../src/i18n/en.json";
import { ole2File, storedZip } from "../hosts/xlsx/stored-zip";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-option-file-"));
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  writeFileSync(path("tieu-chi.xlsx"), "ma don vi,ten don vi\nVP,Van phong\n");
  writeFileSync(path("VP-2024.xlsx"), "");
  writeFileSync(path("tieu-chi.pdf"), "%PDF-1.7\n");
  writeFileSync(
    path("tieu-chi.ods"),
    storedZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }]),
  );
});

describe("a criteria workbook that cannot be read", () => {
  it("exits 2 and says what the file is and what to give instead, not the advice meant for a unit", async () => {
    const run = await runCli("validate", "--criteria", path("tieu-chi.xlsx"), path("VP-2024.xlsx"));
    expect([run.code, run.err]).toEqual([
      2,
      "Không đọc được sổ tiêu chí tieu-chi.xlsx: tệp là văn bản (.csv hoặc .txt). Hãy dùng sổ do lệnh thidua criteria -o tieu-chi.xlsx tạo ra, đã sửa trong Excel.",
    ]);
    expect(run.err).not.toContain(vi.findings["unreadable-workbook.csv"]);
    const english = await runCli(
      "validate",
      "--criteria",
      path("tieu-chi.xlsx"),
      "--lang",
      "en",
      path("VP-2024.xlsx"),
    );
    expect(english.err).toBe(
      "Cannot read the criteria workbook tieu-chi.xlsx: the file is a text file (.csv or .txt). Use the workbook thidua criteria -o tieu-chi.xlsx writes, edited in Excel.",
    );
  });

  it("that is a PDF is named so, without the advice meant for a unit's form", async () => {
    const run = await runCli("validate", "--criteria", path("tieu-chi.pdf"), path("VP-2024.xlsx"));
    expect([run.code, run.err]).toEqual([
      2,
      "Không đọc được sổ tiêu chí tieu-chi.pdf: tệp là văn bản PDF. Hãy dùng sổ do lệnh thidua criteria -o tieu-chi.xlsx tạo ra, đã sửa trong Excel.",
    ]);
  });

  it("that is a presentation or an e-mail is named so, in a few words", async () => {
    const slides = ole2File(["PowerPoint Document", "Current User"]);
    writeFileSync(path("tieu-chi.ppt"), slides);
    writeFileSync(path("tieu-chi.msg"), ole2File(["__properties_version1.0", "__substg1.0_0037001F"]));
    for (const [file, what] of [
      ["tieu-chi.ppt", vi.cli["option-file.presentation"]],
      ["tieu-chi.msg", vi.cli["option-file.email"]],
    ]) {
      const run = await runCli("validate", "--criteria", path(file), path("VP-2024.xlsx"));
      expect([run.code, run.err]).toEqual([
        2,
        `Không đọc được sổ tiêu chí ${file}: tệp ${what}. Hãy dùng sổ do lệnh thidua criteria -o tieu-chi.xlsx tạo ra, đã sửa trong Excel.`,
      ]);
    }
  });

  it("in another spreadsheet format is named, with how to save it as .xlsx, as for any file", async () => {
    const run = await runCli("validate", "--criteria", path("tieu-chi.ods"), path("VP-2024.xlsx"));
    expect([run.code, run.err]).toEqual([
      2,
      `Không đọc được sổ tiêu chí tieu-chi.ods: ${vi.findings["unreadable-workbook.ods"]}`,
    ]);
    const settings = await runCli(
      "report",
      path("VP-2024.xlsx"),
      "-o",
      path("bc.xlsx"),
      "--settings",
      path("VP-2024.xlsx"),
      "--lang",
      "en",
    );
    expect([settings.code, settings.err]).toEqual([
      2,
      "Cannot read the report settings file VP-2024.xlsx: the file is empty (0 bytes). Use a criteria workbook (its “Cài đặt” sheet) or a .json file.",
    ]);
    expect(en.cli["report.settings-unreadable-kind"]).toContain("{what}");
  });

  it("that is not there is named", async () => {
    const run = await runCli("validate", "--criteria", path("khong-co.xlsx"), path("VP-2024.xlsx"));
    expect([run.code, run.err]).toEqual([2, `Không tìm thấy tệp ${path("khong-co.xlsx")}.`]);
  });
});
