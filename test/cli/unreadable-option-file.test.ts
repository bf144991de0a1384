/** A --criteria or --settings workbook that cannot be read stops the command in the catalogue's words. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vi from "../../src/i18n/vi.json";
import en from "../../src/i18n/en.json";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-option-file-"));
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  writeFileSync(path("tieu-chi.xlsx"), "ma don vi,ten don vi\nVP,Van phong\n");
  writeFileSync(path("VP-2024.xlsx"), "");
});

describe("a criteria workbook that cannot be read", () => {
  it("exits 2 and says why, as the catalogue says it of any unreadable file", async () => {
    const run = await runCli("validate", "--criteria", path("tieu-chi.xlsx"), path("VP-2024.xlsx"));
    expect([run.code, run.err]).toEqual([
      2,
      `Không đọc được sổ tiêu chí tieu-chi.xlsx: ${vi.findings["unreadable-workbook.csv"]}`,
    ]);
    const english = await runCli(
      "validate",
      "--criteria",
      path("tieu-chi.xlsx"),
      "--lang",
      "en",
      path("VP-2024.xlsx"),
    );
    expect(english.err).toBe(
      `Cannot read the criteria workbook tieu-chi.xlsx: ${en.findings["unreadable-workbook.csv"]}`,
    );
  });

  it("that is not there is named", async () => {
    const run = await runCli("validate", "--criteria", path("khong-co.xlsx"), path("VP-2024.xlsx"));
    expect([run.code, run.err]).toEqual([2, `Không tìm thấy tệp ${path("khong-co.xlsx")}.`]);
  });
});
