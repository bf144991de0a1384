import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import type { Campaign } from "../../../src/core/campaign/model";
import {
  buildTemplatePlan,
  CLASSIFICATION_LABEL,
  definedNameFor,
  EVIDENCE_COLUMN,
  FORM_SHEET,
  INITIATIVES_SHEET,
  INSTRUCTIONS_SHEET,
  layoutForm,
  META_SHEET,
  PROPOSALS_SHEET,
  REVIEW_COLUMN,
  REVIEWER_NOTE,
} from "../../../src/core/template";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { parseRange, rangeContains, toA1 } from "../../../src/core/workbook-model/address";
import type { SheetSnapshot } from "../../../src/core/workbook-model/snapshot";
import { allStrings, planToSnapshot, styleAt } from "../../helpers/plan-to-snapshot";

const plan = buildTemplatePlan(DEFAULT_CAMPAIGN, {});
const snapshot = planToSnapshot(plan);

function sheetPlan(p: WorkbookPlan, name: string): SheetPlan {
  const s = p.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function sheetSnap(name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function nameRef(p: WorkbookPlan, fieldId: string): string {
  const n = (p.names ?? []).find((x) => x.name === definedNameFor(fieldId));
  if (!n) throw new Error(`no name for ${fieldId}`);
  return n.ref;
}

describe("buildTemplatePlan – sheets", () => {
  it("has the sheets in order, instructions first and the meta sheet very hidden", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      INSTRUCTIONS_SHEET,
      FORM_SHEET,
      INITIATIVES_SHEET,
      PROPOSALS_SHEET,
      META_SHEET,
    ]);
    expect(sheetPlan(plan, META_SHEET).visibility).toBe("veryHidden");
    expect(sheetPlan(plan, FORM_SHEET).visibility ?? "visible").toBe("visible");
  });

  it("writes the title and the year line on the form, frozen", () => {
    const form = sheetSnap(FORM_SHEET);
    expect(form.cells.A1.value).toBe(
      "BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “VÌ NGƯỜI NGHÈO – KHÔNG ĐỂ AI BỊ BỎ LẠI PHÍA SAU”",
    );
    expect(form.cells.A2.value).toBe("Năm …… (giai đoạn 2021–2025)");
    expect(sheetPlan(plan, FORM_SHEET).freeze).toEqual({ rows: 2, columns: 0 });
  });

  it("is NFC everywhere", () => {
    const strings = allStrings(plan);
    expect(strings.length).toBeGreaterThan(100);
    for (const s of strings) expect(s).toBe(s.normalize("NFC"));
  });

  it("prints A4 portrait one page wide, protects the form and instructions but not the tables", () => {
    const form = sheetPlan(plan, FORM_SHEET);
    expect(form.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: 1 });
    expect(form.print?.repeatRows).toBeUndefined();
    expect(form.protect).toEqual({});
    expect(sheetPlan(plan, INSTRUCTIONS_SHEET).protect).toEqual({});
    expect(sheetPlan(plan, INITIATIVES_SHEET).protect).toBeUndefined();
    expect(sheetPlan(plan, PROPOSALS_SHEET).protect).toBeUndefined();
    expect(form.columnWidths?.[2]).toBeGreaterThanOrEqual(40);
  });
});

describe("buildTemplatePlan – the form", () => {
  const form = sheetSnap(FORM_SHEET);
  const formPlan = sheetPlan(plan, FORM_SHEET);
  const labels = new Set(DEFAULT_CAMPAIGN.fields.map((f) => f.label));

  it("gives every field a workbook-scoped defined name on a cell holding no label", () => {
    expect(plan.names).toHaveLength(DEFAULT_CAMPAIGN.fields.length);
    for (const f of DEFAULT_CAMPAIGN.fields) {
      const name = snapshot.names.find((n) => n.name === definedNameFor(f.id));
      expect(name).toMatchObject({ sheet: FORM_SHEET });
      expect(name?.scopeSheet).toBeUndefined();
      const cell = form.cells[name?.ref ?? ""];
      const value = cell?.value;
      expect(typeof value === "string" && labels.has(value)).toBe(false);
    }
    for (const id of ["c1_evidence", "c3_review", "score_total", "review_total", "b16_exemplars"]) {
      expect(snapshot.names.map((n) => n.name)).toContain(id);
    }
  });

  it("names c1..c6 so Excel accepts them (they read as cell references otherwise)", () => {
    expect(definedNameFor("c1")).toBe("_c1");
    expect(definedNameFor("b01_sessions")).toBe("b01_sessions");
    expect(new Set((plan.names ?? []).map((n) => n.name.toLowerCase())).size).toBe(plan.names?.length);
  });

  it("puts the campaign labels in column B exactly, one row per field or criterion", () => {
    const columnB = Object.entries(form.cells)
      .filter(([a]) => /^B\d+$/.test(a))
      .map(([, c]) => c.value);
    for (const f of DEFAULT_CAMPAIGN.fields) expect(columnB).toContain(f.label);
    for (const f of DEFAULT_CAMPAIGN.fields) {
      const row = Number(/\d+/.exec(nameRef(plan, f.id))?.[0]);
      expect(form.cells[`B${row}`].value).toBe(f.label);
    }
  });

  it("lays out sections with their header row directly above their fields", () => {
    const layout = layoutForm(DEFAULT_CAMPAIGN);
    for (const s of layout.sections) {
      expect(form.cells[`A${s.titleRow}`].value).toBe(s.section.title);
      expect(form.cells[`D${s.headerRow}`].value).toBe(s.section.valueHeader);
      expect(form.cells[`A${s.headerRow}`].value).toBe("STT");
      expect(s.rows[0].row).toBe(s.headerRow + 1);
    }
    const [a, b, c] = layout.sections;
    expect([a.titleRow, a.headerRow, a.rows[0].row]).toEqual([4, 5, 6]);
    expect(nameRef(plan, "unit_name")).toBe("D6");
    expect(nameRef(plan, "head_name")).toBe("D12");
    expect([b.titleRow, b.headerRow]).toEqual([14, 15]);
    expect(nameRef(plan, "b01_sessions")).toBe("D16");
    expect(nameRef(plan, "b16_exemplars")).toBe("D31");
    expect(form.cells.C15.value).toBe("Đơn vị tính");
    expect(form.cells.C16.value).toBe("buổi");
    expect([c.titleRow, c.headerRow]).toEqual([33, 34]);
    expect(form.cells.C34.value).toBe("Điểm tối đa");
    expect(form.cells.E34.value).toBe(EVIDENCE_COLUMN);
    expect(form.cells.F34.value).toBe(REVIEW_COLUMN);
    expect(nameRef(plan, "c1")).toBe("D35");
    expect(nameRef(plan, "c1_evidence")).toBe("E35");
    expect(nameRef(plan, "c1_review")).toBe("F35");
    expect(form.cells.C35.value).toBe(20);
    expect(nameRef(plan, "c6")).toBe("D40");
    expect(nameRef(plan, "score_total")).toBe("D41");
    expect(nameRef(plan, "review_total")).toBe("F41");
    expect(form.cells.B41.value).toBe("Tổng điểm");
    expect(form.cells.C41.value).toBe(100);
    expect(layout.classificationRow).toBe(42);
    expect(form.cells.B42.value).toBe(CLASSIFICATION_LABEL);
    expect(form.cells.D42).toBeUndefined();
  });

  it("writes the totals as formulas without a cached result", () => {
    expect(form.cells.D41).toEqual({ value: null, formula: "SUM(D35:D40)", numFmt: "0.0" });
    expect(form.cells.F41).toEqual({ value: null, formula: "SUM(F35:F40)", numFmt: "0.0" });
  });

  it("unlocks and fills input cells, keeps labels and totals locked", () => {
    for (const f of DEFAULT_CAMPAIGN.fields) {
      const style = styleAt(formPlan, nameRef(plan, f.id));
      if (f.derived !== undefined) {
        expect(style.locked).not.toBe(false);
        continue;
      }
      expect(style.locked).toBe(false);
      expect(style.fill).toBe(f.filledBy === "reviewer" ? "DDEBF7" : "FFF2CC");
      expect(style.border).toEqual({ top: "thin", bottom: "thin", left: "thin", right: "thin" });
    }
    for (const [address, cell] of Object.entries(form.cells)) {
      if (typeof cell.value === "string" && labels.has(cell.value)) {
        expect(styleAt(formPlan, address).locked).not.toBe(false);
      }
    }
    expect(styleAt(formPlan, "A1").locked).not.toBe(false);
    expect(styleAt(formPlan, "D42").locked).not.toBe(false);
  });

  it("marks the reviewer's column with a note", () => {
    expect(formPlan.notes).toContainEqual({ cell: "F34", text: REVIEWER_NOTE });
  });

  it("uses number formats by type", () => {
    const fmt = (id: string): string | undefined => styleAt(formPlan, nameRef(plan, id)).numFmt;
    expect(fmt("staff_total")).toBe("#,##0");
    expect(fmt("b04_fund_amount")).toBe("#,##0");
    expect(fmt("report_date")).toBe("dd/mm/yyyy");
    expect(fmt("c2")).toBe("0.0");
    expect(fmt("c2_review")).toBe("0.0");
    expect(fmt("preparer_phone")).toBe("@");
    expect(fmt("report_year")).toBe("0");
  });

  it("offers drop-downs for the unit name (roster) and the report year (period)", () => {
    expect(formPlan.validations).toEqual([
      expect.objectContaining({ range: "D6", values: DEFAULT_CAMPAIGN.roster.map((u) => u.name) }),
      expect.objectContaining({ range: "D7", values: ["2021", "2022", "2023", "2024", "2025"] }),
    ]);
  });

  it("writes settings and roster text as plain strings, never formulas", () => {
    const odd: Campaign = {
      ...DEFAULT_CAMPAIGN,
      settings: { ...DEFAULT_CAMPAIGN.settings, campaignName: '=HYPERLINK("x")' },
      roster: [{ code: "X", name: "=1+1", order: 1, expected: true }],
    };
    const p = buildTemplatePlan(odd, { unitCode: "X" });
    const form = planToSnapshot(p).sheets.find((s) => s.name === FORM_SHEET);
    const formulas = Object.values(form?.cells ?? {}).filter((c) => c.formula !== undefined);
    expect(formulas.map((c) => c.formula)).toEqual(["SUM(D35:D40)", "SUM(F35:F40)"]);
    expect(form?.cells.D6.value).toBe("=1+1");
  });
});

describe("buildTemplatePlan – tables", () => {
  for (const table of DEFAULT_CAMPAIGN.tables) {
    it(`writes ${table.id} as an Excel table with the column labels and list validations`, () => {
      const t = snapshot.tables.find((x) => x.name === table.id);
      expect(t?.columns).toEqual(table.columns.map((c) => c.label));
      const sheet = sheetPlan(plan, t?.sheet ?? "");
      const range = parseRange(t?.ref ?? "A1");
      expect(range.bottom - range.top).toBe(table.templateRows);
      const snap = sheetSnap(sheet.name);
      expect(snap.cells.A1.value).toBe(table.title);
      table.columns.forEach((c, i) => {
        expect(snap.cells[toA1(range.top, range.left + i)].value).toBe(c.label);
        expect(sheet.columnWidths?.[range.left + i]).toBe(c.width);
        const style = styleAt(sheet, toA1(range.top + 1, range.left + i));
        expect(style).toMatchObject({ locked: false, fill: "FFF2CC" });
        const validation = (sheet.validations ?? []).find((v) => {
          const r = parseRange(v.range);
          return (
            rangeContains(r, range.top + 1, range.left + i) && rangeContains(r, range.bottom, range.left + i)
          );
        });
        const list = DEFAULT_CAMPAIGN.lists.find((l) => l.id === c.list);
        if (c.type === "list") expect(validation?.values).toEqual(list?.values);
        else expect(validation).toBeUndefined();
      });
      expect(sheet.protect).toBeUndefined();
    });
  }
});

describe("buildTemplatePlan – options", () => {
  it("pre-fills the unit and the year", () => {
    const p = buildTemplatePlan(DEFAULT_CAMPAIGN, { unitCode: "QLXD", year: 2024 });
    const snap = planToSnapshot(p);
    const form = snap.sheets.find((s) => s.name === FORM_SHEET);
    expect(form?.cells[nameRef(p, "unit_name")].value).toBe("Phòng Quản lý xây dựng");
    expect(form?.cells[nameRef(p, "report_year")].value).toBe(2024);
    expect(form?.cells.A2.value).toBe("Năm 2024");
    const text = allStrings(sheetPlan(p, INSTRUCTIONS_SHEET).blocks).join("\n");
    expect(text).toContain("QLXD_2024.xlsx");
    expect(text).toContain("Phòng Quản lý xây dựng (QLXD)");
  });

  it("leaves unit and year empty without options", () => {
    const form = sheetSnap(FORM_SHEET);
    expect(form.cells[nameRef(plan, "unit_name")]).toBeUndefined();
    expect(form.cells[nameRef(plan, "report_year")]).toBeUndefined();
  });

  it("refuses an unknown unit code, naming the known ones", () => {
    expect(() => buildTemplatePlan(DEFAULT_CAMPAIGN, { unitCode: "XYZ" })).toThrow(/XYZ.*VP, TTr/);
  });

  it("matches the unit code without regard to case", () => {
    const p = buildTemplatePlan(DEFAULT_CAMPAIGN, { unitCode: "ttr" });
    const form = planToSnapshot(p).sheets.find((s) => s.name === FORM_SHEET);
    expect(form?.cells.D6.value).toBe("Thanh tra Sở");
  });
});

describe("buildTemplatePlan – instructions", () => {
  it("tells the clerk what to fill and records the versions", () => {
    const text = allStrings(sheetPlan(plan, INSTRUCTIONS_SHEET).blocks).join("\n");
    for (const needle of [
      "nền vàng nhạt",
      "không kèm đơn vị tính",
      "“1.500.000” hoặc 1500000",
      "dd/mm/yyyy",
      "Không đổi tên hay xóa sheet",
      "gõ tiếp vào dòng ngay dưới bảng",
      "gửi về Văn phòng Sở",
      "Mã biểu mẫu: thidua-vnn-2021-2025",
      "Phiên bản biểu mẫu: 1.0",
      "Phiên bản tiêu chí: 2024.1",
    ]) {
      expect(text).toContain(needle);
    }
  });
});
