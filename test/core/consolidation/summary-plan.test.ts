import { buildSummaryPlan, consolidate, SUMMARY_TABLES } from "../../../src/core/consolidation";
import { parseRange, toA1 } from "../../../src/core/workbook-model/address";
import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { validatePlan } from "../../../src/core/workbook-model/validate-plan";
import { allStrings, planToSnapshot, styleAt } from "../../helpers/plan-to-snapshot";
import { annualScenario, CAMPAIGN, INDICATOR_IDS, INJECTIONS, NFD_PERSON } from "./fixtures";
import { findTable, valueOf } from "./plan-reading";

const scenario = annualScenario();
const c = consolidate(scenario.inputs, CAMPAIGN, { year: 2024 });
const plan: WorkbookPlan = buildSummaryPlan(c, CAMPAIGN);
const snapshot = planToSnapshot(plan);
const table = (name: string) => findTable(plan, name, snapshot);
const INDICATORS = CAMPAIGN.fields.filter((f) => f.section === "B");

describe("buildSummaryPlan – sheets and tables", () => {
  it("has one sheet per table with valid, unique Vietnamese names", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp chỉ tiêu",
      "Chấm điểm, xếp loại",
      "Đề nghị khen thưởng",
      "Sáng kiến, mô hình",
      "Tình trạng nộp",
      "Kết quả kiểm tra",
      "Nguồn số liệu",
      "Biểu đồ",
    ]);
    const names = plan.sheets.map((s) => s.name);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(() => validatePlan(plan)).not.toThrow();
  });

  it("names the tables as other tools expect, with filters and unique header texts", () => {
    const tables = plan.sheets.flatMap((s) => s.tables ?? []);
    expect(tables.map((t) => t.name)).toEqual([
      "tbl_sum_indicators",
      "tbl_sum_scores",
      "tbl_sum_proposals",
      "tbl_sum_initiatives",
      "tbl_sum_status",
      "tbl_sum_findings",
      "tbl_sum_sources",
    ]);
    for (const t of tables) {
      expect(t.showFilter).toBe(true);
      expect(new Set(t.columns.map((h) => h.toLowerCase())).size).toBe(t.columns.length);
    }
    expect(Object.values(SUMMARY_TABLES)).toEqual(expect.arrayContaining(tables.map((t) => t.name)));
  });

  it("is NFC everywhere and keeps formula-like text from units as plain strings", () => {
    for (const s of allStrings(plan)) expect(s).toBe(s.normalize("NFC"));
    const initiatives = table("tbl_sum_initiatives");
    const cells = initiatives.rows.flatMap((r) => Object.values(r));
    for (const text of INJECTIONS) {
      const cell = cells.find((x) => x?.value === text);
      expect(cell).toBeDefined();
      expect(cell?.formula).toBeUndefined();
    }
    const values = plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.rows.flat()));
    for (const text of INJECTIONS) expect(values).toContain(text);
    expect(values).toContain(NFD_PERSON.normalize("NFC"));
    expect(values).not.toContain(NFD_PERSON);
  });

  it("is the same for the same consolidation, apart from the time it was made", () => {
    expect(buildSummaryPlan(c, CAMPAIGN)).toEqual(plan);
    const stamped = buildSummaryPlan(c, CAMPAIGN, { generatedAt: "05/12/2024 10:30" });
    expect(stamped).not.toEqual(plan);
    const subtitles = stamped.sheets.map((s) => s.blocks.find((b) => b.origin === "A2")?.rows[0][0]);
    for (const s of subtitles) expect(s).toMatch(/Lập lúc: 05\/12\/2024 10:30$/);
  });
});

describe("buildSummaryPlan – Tổng hợp chỉ tiêu", () => {
  const indicators = table("tbl_sum_indicators");
  const unitRows = indicators.rows.slice(0, -1);
  const totalsRow = indicators.rows[indicators.rows.length - 1];

  it("starts with the unit code and name, then the indicators by label, then Ghi chú", () => {
    expect(indicators.table.columns).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      ...INDICATORS.map((f) => f.label),
      "Ghi chú",
    ]);
    expect(indicators.headerRow).toBe(5);
    expect(unitRows.map((r) => valueOf(r["Mã đơn vị"]))).toEqual(CAMPAIGN.roster.map((u) => u.code));
    expect(valueOf(snapshot.sheets[0].cells.A1)).toBe(
      "TỔNG HỢP CHỈ TIÊU KẾT QUẢ PHONG TRÀO THI ĐUA “VÌ NGƯỜI NGHÈO – KHÔNG ĐỂ AI BỊ BỎ LẠI PHÍA SAU” NĂM 2024",
    );
  });

  it("ends with Tổng cộng: SUM formulas with the totals cached", () => {
    expect(indicators.table.totalsRow).toBe(true);
    expect(valueOf(totalsRow["Mã đơn vị"])).toBe("Tổng cộng");
    INDICATORS.forEach((f, j) => {
      const letter = String.fromCharCode(67 + j);
      expect(totalsRow[f.label]).toMatchObject({
        formula: `SUM(${letter}6:${letter}15)`,
        value: c.totals[f.id],
      });
      const sum = unitRows.reduce((s, r) => s + Number(valueOf(r[f.label]) ?? 0), 0);
      expect(sum).toBe(c.totals[f.id]);
    });
    expect(styleAt(indicators.sheet, "C16").font?.bold).toBe(true);
  });

  it("leaves a missing unit's cells empty and says 'Chưa nộp'; marks a unit with errors", () => {
    const khtc = unitRows.find((r) => valueOf(r["Mã đơn vị"]) === "KHTC");
    for (const f of INDICATORS) expect(khtc?.[f.label]).toBeUndefined();
    expect(valueOf(khtc?.["Ghi chú"])).toBe("Chưa nộp");
    const ttr = unitRows.find((r) => valueOf(r["Mã đơn vị"]) === "TTr");
    expect(valueOf(ttr?.["Ghi chú"])).toBe("Có lỗi");
    expect(ttr?.["Số tiền ủng hộ Quỹ “Vì người nghèo”"]).toBeUndefined();
  });

  it("puts the group headers directly above the header row, merged over exactly their indicators", () => {
    const merges = indicators.sheet.merges ?? [];
    const groups = [...new Set(INDICATORS.map((f) => f.group ?? ""))];
    for (const group of groups) {
      const cols = INDICATORS.flatMap((f, j) => (f.group === group ? [j + 3] : []));
      const first = Math.min(...cols);
      const last = Math.max(...cols);
      expect(last - first + 1).toBe(cols.length);
      expect(valueOf(snapshot.sheets[0].cells[toA1(4, first)])).toBe(group);
      if (cols.length > 1) expect(merges).toContain(`${toA1(4, first)}:${toA1(4, last)}`);
    }
    const groupMerges = merges.map(parseRange).filter((r) => r.top === 4);
    expect(groupMerges.every((r) => r.bottom === indicators.headerRow - 1)).toBe(true);
    expect(groupMerges.length).toBe(
      groups.filter((g) => INDICATORS.filter((f) => f.group === g).length > 1).length,
    );
  });

  it("notes the source of every figure", () => {
    const notes = indicators.sheet.notes ?? [];
    const vpCell = c.units[0].years[0].values.b01_sessions.source?.cell;
    expect(notes).toContainEqual({ cell: "C6", text: `Nguồn: VP-2024.xlsx › Biểu mẫu!${vpCell}` });
    const figures = unitRows.flatMap((r, i) =>
      INDICATORS.flatMap((f, j) => (valueOf(r[f.label]) === undefined ? [] : [toA1(6 + i, 3 + j)])),
    );
    const noted = new Set(notes.map((n) => n.cell));
    for (const cell of figures) expect(noted.has(cell)).toBe(true);
  });

  it("freezes below the header and right of the unit name, and prints A4 landscape one page wide", () => {
    expect(indicators.sheet.freeze).toEqual({ rows: 5, columns: 2 });
    expect(indicators.sheet.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      repeatRows: "4:5",
      footerCenter: "Trang &P/&N",
    });
    expect(styleAt(indicators.sheet, "C6").numFmt).toBe("#,##0");
    expect(styleAt(indicators.sheet, "C5")).toMatchObject({
      font: { bold: true },
      horizontal: "center",
      wrap: true,
    });
    expect(styleAt(indicators.sheet, "C5").border).toMatchObject({ top: "thin", bottom: "thin" });
    const widths = indicators.sheet.columnWidths ?? {};
    expect(widths[2]).toBeGreaterThan(widths[1]);
    for (const w of Object.values(widths)) expect(w).toBeGreaterThanOrEqual(6);
    for (const w of Object.values(widths)) expect(w).toBeLessThanOrEqual(40);
  });
});

describe("buildSummaryPlan – the other tables", () => {
  it("groups self and reviewer scores under two headings", () => {
    const scores = table("tbl_sum_scores");
    expect(scores.headerRow).toBe(5);
    const cells = snapshot.sheets[1].cells;
    expect(valueOf(cells.C4)).toBe("Điểm tự chấm");
    expect(valueOf(cells.J4)).toBe("Điểm thẩm định");
    expect(scores.sheet.merges).toEqual(expect.arrayContaining(["C4:I4", "J4:P4"]));
    expect(scores.table.columns.slice(0, 2)).toEqual(["Mã đơn vị", "Tên đơn vị"]);
    const vp = scores.rows[0];
    expect(valueOf(vp["Xếp hạng"])).toBe(c.scores[0].rank);
    expect(valueOf(vp["Xếp loại"])).toBe(c.scores[0].classification);
  });

  it("lists proposals highest form first with the duplicate flag", () => {
    const proposals = table("tbl_sum_proposals");
    expect(proposals.rows.length).toBe(c.proposals.length);
    const flagged = proposals.rows.filter((r) => r["Trùng đối tượng"] !== undefined);
    expect(flagged.map((r) => valueOf(r["Mã đơn vị"]))).toEqual(["QLN", "HTKT"]);
    expect(valueOf(proposals.rows[0].STT)).toBe(1);
  });

  it("writes the status with dates formatted and the used column", () => {
    const status = table("tbl_sum_status");
    expect(status.table.columns).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Năm",
      "Tệp",
      "Sheet",
      "Ngày lập báo cáo",
      "Phiên bản biểu mẫu",
      "Tình trạng",
      "Dùng để tổng hợp",
      "Số lỗi",
      "Số cảnh báo",
      "Mã kiểm tra",
      "Ghi chú",
    ]);
    const qlxd = status.rows.filter((r) => valueOf(r["Mã đơn vị"]) === "QLXD");
    expect(qlxd.map((r) => [valueOf(r["Tình trạng"]), valueOf(r["Dùng để tổng hợp"])])).toEqual([
      ["Trùng", "Có"],
      ["Trùng", "Không"],
    ]);
    expect(styleAt(status.sheet, "F5").numFmt).toBe("dd/mm/yyyy");
    expect(styleAt(status.sheet, "C5").numFmt).toBe("0");
    expect(valueOf(status.rows[0]["Ngày lập báo cáo"])).toBe(scenario.files.VP.sample.values.report_date);
  });

  it("writes every finding with its severity in Vietnamese", () => {
    const findings = table("tbl_sum_findings");
    expect(findings.rows.length).toBe(c.findings.length);
    expect(new Set(findings.rows.map((r) => valueOf(r["Mức độ"])))).toEqual(new Set(["Lỗi", "Cảnh báo"]));
    expect(findings.rows.map((r) => valueOf(r["Nội dung"]))).toEqual(c.findings.map((f) => f.message));
  });

  it("writes the source of every number", () => {
    const sources = table("tbl_sum_sources");
    expect(sources.rows.length).toBe(c.sources.length);
    const first = sources.rows[0];
    expect([first["Mã đơn vị"], first["Mã chỉ tiêu"], first["Tệp"], first["Sheet"]].map(valueOf)).toEqual([
      "VP",
      INDICATOR_IDS[0],
      "VP-2024.xlsx",
      "Biểu mẫu",
    ]);
  });

  it("gives empty tables one blank row", () => {
    const empty = buildSummaryPlan(consolidate([], CAMPAIGN, { year: 2024 }), CAMPAIGN);
    for (const name of ["tbl_sum_proposals", "tbl_sum_initiatives", "tbl_sum_sources"]) {
      const t = findTable(empty, name);
      const r = parseRange(t.table.ref);
      expect(r.bottom - r.top).toBe(1);
      expect(Object.values(t.rows[0]).every((x) => x === undefined)).toBe(true);
    }
    expect(() => validatePlan(empty)).not.toThrow();
  });
});
