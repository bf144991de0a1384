/**
 * A workbook given with --criteria or --settings that is a readable workbook of another kind (a unit's
 * form, a summary) stops the command, naming what it lacks: run on the default criteria or settings it
 * would pass unnoticed.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildCriteriaPlan, CRITERIA_SHEETS } from "../../src/core/criteria/workbook";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { sampleBatch } from "../../src/dev/sample/batch";
import { writeBatch } from "../../src/dev/sample/write-batch";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-option-kind-"));
const units = join(dir, "don-vi");
const path = (name: string): string => join(dir, name);
let form = "";

beforeAll(async () => {
  await writeBatch(units, sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 5 }));
  const vp = readdirSync(units, { recursive: true, encoding: "utf8" }).find((f) => /VP-2024\.xlsx$/.test(f));
  form = join(units, vp ?? "");
  const plan = buildCriteriaPlan(DEFAULT_CAMPAIGN);
  const withoutScoring = { ...plan, sheets: plan.sheets.filter((s) => s.name !== CRITERIA_SHEETS.scoring) };
  writeFileSync(path("thieu-cham-diem.xlsx"), await writeWorkbook(withoutScoring));
  const [first, ...rules] = DEFAULT_CAMPAIGN.rules;
  const broken = { ...DEFAULT_CAMPAIGN, rules: [{ ...first, expression: "AND(.>=0" }, ...rules] };
  writeFileSync(path("quy-tac-hong.xlsx"), await writeWorkbook(buildCriteriaPlan(broken)));
}, 120_000);

describe("--criteria with a workbook that holds no criteria", () => {
  it("exits 2 before checking anything, saying what the file lacks and which file to use", async () => {
    const run = await runCli("validate", "--criteria", form, form);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "Tệp VP-2024.xlsx không phải sổ tiêu chí: không có sheet “Trường” hay “Quy tắc”. Hãy dùng sổ do lệnh thidua criteria -o tieu-chi.xlsx tạo ra, đã sửa trong Excel.",
    );
    expect(run.out).toBe("");
    const english = await runCli(
      "consolidate",
      units,
      "-o",
      path("th.xlsx"),
      "--criteria",
      form,
      "--lang",
      "en",
    );
    expect([english.code, english.err]).toEqual([
      2,
      "VP-2024.xlsx is not a criteria workbook: it has no “Trường” or “Quy tắc” sheet. Use the workbook thidua criteria -o tieu-chi.xlsx writes, edited in Excel.",
    ]);
  });

  it("names the place of each problem once: a missing sheet without a row", async () => {
    const run = await runCli("validate", "--criteria", path("thieu-cham-diem.xlsx"), form);
    const problems = (err: string) =>
      err.split("\n").filter((l) => l.startsWith("Sổ tiêu chí") && l.includes("—"));
    expect(problems(run.err)).toEqual([
      `Sổ tiêu chí thieu-cham-diem.xlsx — ${CRITERIA_SHEETS.scoring}: Không có sheet này; dùng nội dung mặc định.`,
    ]);
    const rule = await runCli("validate", "--criteria", path("quy-tac-hong.xlsx"), form);
    const [line] = problems(rule.err);
    expect(line).toMatch(
      new RegExp(`^Sổ tiêu chí quy-tac-hong\\.xlsx — ${CRITERIA_SHEETS.rules}, dòng \\d+, vị trí \\d+: `),
    );
    expect(line.match(/dòng/g)).toHaveLength(1);
  });
});

describe("--settings with a workbook that has no “Cài đặt” sheet", () => {
  it("exits 2, saying what to give instead", async () => {
    const run = await runCli("report", units, "-o", path("bc.xlsx"), "--settings", form);
    expect([run.code, run.err]).toEqual([
      2,
      "Sổ VP-2024.xlsx không có sheet “Cài đặt” chứa cài đặt báo cáo. Hãy dùng sổ tiêu chí (sheet “Cài đặt”) hoặc một tệp .json.",
    ]);
  });
});
