import { DEFAULT_CAMPAIGN } from "../../../../src/core/campaign/default-campaign";
import { buildCriteriaPlan, CRITERIA_SHEETS } from "../../../../src/core/criteria/workbook";
import { parseRange } from "../../../../src/core/workbook-model/address";
import { allStrings, planToSnapshot, styleAt } from "../../../helpers/plan-to-snapshot";
import { cellBeside, find, sheetOf } from "./snapshot-edit";

const plan = buildCriteriaPlan(DEFAULT_CAMPAIGN);
const snapshot = planToSnapshot(plan);

describe("buildCriteriaPlan", () => {
  it("writes the seven sheets", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(Object.values(CRITERIA_SHEETS));
  });

  it("gives every block a bold header row, frozen, as an Excel table crit_…", () => {
    const names = plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
    expect(names).toEqual([
      "crit_fields",
      "crit_sections",
      "crit_rules",
      "crit_tables",
      "crit_columns",
      "crit_lists",
      "crit_roster",
      "crit_criteria",
      "crit_bands",
      "crit_tie_break",
      "crit_settings",
    ]);
    for (const sheet of plan.sheets) {
      for (const table of sheet.tables ?? []) {
        const r = parseRange(table.ref);
        expect(sheet.freeze).toEqual({ rows: r.top, columns: 0 });
        expect(styleAt(sheet, table.ref.split(":")[0]).font?.bold).toBe(true);
        for (let c = r.left; c <= r.right; c++) expect(sheet.columnWidths?.[c]).toBeGreaterThan(5);
      }
    }
  });

  it("writes one row per field, rule, list value, unit and setting", () => {
    const count = (sheet: string): number =>
      (plan.sheets.find((s) => s.name === sheet)?.tables ?? []).map((t) => {
        const r = parseRange(t.ref);
        return r.bottom - r.top;
      })[0];
    expect(count(CRITERIA_SHEETS.fields)).toBe(DEFAULT_CAMPAIGN.fields.length);
    expect(count(CRITERIA_SHEETS.rules)).toBe(DEFAULT_CAMPAIGN.rules.length);
    expect(count(CRITERIA_SHEETS.lists)).toBe(
      DEFAULT_CAMPAIGN.lists.reduce((n, l) => n + l.values.length, 0),
    );
    expect(count(CRITERIA_SHEETS.roster)).toBe(DEFAULT_CAMPAIGN.roster.length);
    expect(count(CRITERIA_SHEETS.settings)).toBe(3 + Object.keys(DEFAULT_CAMPAIGN.settings).length);
  });

  it("uses Vietnamese words for keywords and explains the rule language above the header", () => {
    const fields = sheetOf(snapshot, CRITERIA_SHEETS.fields);
    const at = (header: string): unknown =>
      fields.cells[cellBeside(snapshot, CRITERIA_SHEETS.fields, "b03_donors", header)].value;
    expect(at("Kiểu")).toBe("số nguyên");
    expect(at("Bắt buộc")).toBe("có");
    expect(at("Người điền")).toBe("đơn vị");
    expect(at("Nhóm tổng hợp")).toBe("Quỹ “Vì người nghèo”");
    const rules = sheetOf(snapshot, CRITERIA_SHEETS.rules);
    const intro = Object.entries(rules.cells)
      .filter(([a]) => /^A[2-7]$/.test(a))
      .map(([, c]) => String(c.value))
      .join(" ");
    expect(intro).toContain("dấu chấm “.”");
    expect(intro).toContain("COUNTIF");
    expect(intro).toContain("tbl_initiatives[status]");
    expect(find(snapshot, CRITERIA_SHEETS.rules, "lỗi")).toBeDefined();
    expect(find(snapshot, CRITERIA_SHEETS.scoring, "c2, c3")).toBeDefined();
  });

  it("offers drop-downs for keyword columns", () => {
    const fields = plan.sheets.find((s) => s.name === CRITERIA_SHEETS.fields);
    expect(fields?.validations?.map((v) => v.values)).toContainEqual(["có", "không"]);
    const rules = plan.sheets.find((s) => s.name === CRITERIA_SHEETS.rules);
    expect(rules?.validations?.[0].values).toEqual(["lỗi", "cảnh báo", "thông tin"]);
  });

  it("is NFC everywhere and writes no formulas", () => {
    for (const s of allStrings(plan)) expect(s).toBe(s.normalize("NFC"));
    for (const sheet of snapshot.sheets) {
      for (const cell of Object.values(sheet.cells)) expect(cell.formula).toBeUndefined();
    }
  });
});
