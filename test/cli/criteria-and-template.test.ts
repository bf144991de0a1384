import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { definedNameFor } from "../../src/core/template";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, fieldCell, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-criteria-"));
const path = (name: string): string => join(dir, name);

/** Edits a workbook the way the Office would in Excel: finds a cell by its text and types a new value. */
async function editCells(
  file: string,
  edits: { sheet: string; find: string | number; replace: string | number }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  for (const edit of edits) {
    let done = false;
    wb.getWorksheet(edit.sheet)?.eachRow((row) =>
      row.eachCell((cell) => {
        if (!done && cell.value === edit.find) {
          cell.value = edit.replace;
          done = true;
        }
      }),
    );
    if (!done) throw new Error(`"${edit.find}" not found on ${edit.sheet}`);
  }
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

beforeAll(async () => {
  writeFileSync(path("VP-2024.xlsx"), await writeWorkbook(unitPlan(baselineUnit())));
});

describe("thidua validate --criteria", () => {
  it("follows a rule and a band edited in the criteria workbook", async () => {
    expect((await runCli("criteria", "-o", path("tieu-chi.xlsx"))).code).toBe(0);
    const before = await runCli(
      "validate",
      "--json",
      "--criteria",
      path("tieu-chi.xlsx"),
      path("VP-2024.xlsx"),
    );
    expect(before.code).toBe(0);

    await editCells(path("tieu-chi.xlsx"), [
      { sheet: "Quy tắc", find: ".<=staff_total", replace: ".<=staff_total/2" },
      { sheet: "Chấm điểm", find: 90, replace: 95 },
    ]);
    const after = await runCli(
      "validate",
      "--json",
      "--criteria",
      path("tieu-chi.xlsx"),
      path("VP-2024.xlsx"),
    );
    expect(after.code).toBe(1);
    const findings = (
      JSON.parse(after.out) as { files: { findings: { field: string; severity: string }[] }[] }
    ).files[0].findings;
    // 35 donors > 40 / 2: the edited rule now fails.
    expect(findings).toContainEqual(expect.objectContaining({ field: "b03_donors", severity: "error" }));
    // 90 points is no longer "Hoàn thành xuất sắc", so the provincial certificate draws a warning.
    expect(findings).toContainEqual(
      expect.objectContaining({ field: "tbl_proposals.form", severity: "warning" }),
    );
  });

  it("names the row of a rule with a syntax error and still runs the others", async () => {
    expect((await runCli("criteria", "-o", path("hong.xlsx"))).code).toBe(0);
    await editCells(path("hong.xlsx"), [
      { sheet: "Quy tắc", find: ".<=b03_donors", replace: "AND(.<=b03_donors," },
      { sheet: "Quy tắc", find: ".<=staff_total", replace: ".<=staff_total/2" },
    ]);
    const run = await runCli("validate", "--criteria", path("hong.xlsx"), path("VP-2024.xlsx"));
    expect(run.err).toMatch(/Quy tắc, dòng \d+.*vị trí \d+/);
    expect(run.code).toBe(1);
    expect(run.out).toContain("Số người ủng hộ vượt tổng số CCVC-NLĐ.");
  });
});

describe("thidua template", () => {
  it("writes the template with every field id as a defined name", async () => {
    const run = await runCli("template", "-o", path("bieu-mau.xlsx"));
    expect(run).toMatchObject({ code: 0, out: expect.stringContaining("bieu-mau.xlsx") });
    const snapshot = await readWorkbook(readFileSync(path("bieu-mau.xlsx")), "bieu-mau.xlsx");
    const names = new Map(snapshot.names.map((n) => [n.name, n]));
    for (const field of DEFAULT_CAMPAIGN.fields) {
      expect(names.get(definedNameFor(field.id))).toMatchObject({
        sheet: "Biểu mẫu",
        ref: fieldCell(field.id),
      });
    }
    expect(snapshot.tables.map((t) => t.name).sort()).toEqual(["tbl_initiatives", "tbl_proposals"]);
    expect(snapshot.sheets.find((s) => s.name === "_thidua")?.visibility).toBe("veryHidden");
  });

  it("pre-fills the unit and year, and refuses an unknown unit", async () => {
    expect((await runCli("template", "-o", path("vp.xlsx"), "--unit", "vp", "--year", "2024")).code).toBe(0);
    const snapshot = await readWorkbook(readFileSync(path("vp.xlsx")), "vp.xlsx");
    const form = snapshot.sheets.find((s) => s.name === "Biểu mẫu");
    expect(form?.cells[fieldCell("unit_name")]?.value).toBe("Văn phòng Sở");
    expect(form?.cells[fieldCell("report_year")]?.value).toBe(2024);
    const wrong = await runCli("template", "-o", path("x.xlsx"), "--unit", "XYZ");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("VP, TTr");
    expect((await runCli("template", "-o", path("x.xlsx"), "--year", "2030")).code).toBe(2);
    expect((await runCli("template")).code).toBe(2);
  });
});
