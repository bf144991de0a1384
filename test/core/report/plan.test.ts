import { buildReport, buildReportPlan, SECTION_IDS, staffByYear } from "../../../src/core/report";
import { firstLineIndent } from "../../../src/core/report/plan/indent";
import { COLUMN_POINTS, GRID_COLUMNS } from "../../../src/core/report/plan/grid";
import { textWidth } from "../../../src/core/report/plan/measure";
import { parseA1, parseRange } from "../../../src/core/workbook-model/address";
import { fitRowHeights } from "../../../src/core/workbook-model/fit-rows";
import type { SheetPlan } from "../../../src/core/workbook-model/plan";
import { C2023, C2024, CAMPAIGN, FILES_2023, FILES_2024, inputsOf, SETTINGS } from "./fixtures";
import { styleAt } from "../../helpers/plan-to-snapshot";
import { cellsOf, find, rulesOn } from "./plan-reading";

const inputs = inputsOf([...FILES_2023, ...FILES_2024]);
const report = buildReport(C2024, CAMPAIGN, SETTINGS, "annual", "vi", {
  previous: C2023,
  staff: { ...staffByYear(inputs, C2023), ...staffByYear(inputs, C2024) },
});
const plan = buildReportPlan(report);
const sheet: SheetPlan = plan.sheets[0];
const LEFT = { left: 1, right: 8 };
const RIGHT = { left: 9, right: 20 };
const FULL = { left: 1, right: GRID_COLUMNS };
const TNR = "Times New Roman";

const cols = (f: { range: { left: number; right: number } }) => ({
  left: f.range.left,
  right: f.range.right,
});
const centredIn = (inner: { left: number; right: number }, outer: { left: number; right: number }) =>
  inner.left - outer.left === outer.right - inner.right &&
  inner.right - inner.left < outer.right - outer.left;

describe("the report plan – header (two borderless columns)", () => {
  const parent = find(sheet, "UBND TỈNH QUẢNG NGÃI");
  const agency = find(sheet, "SỞ XÂY DỰNG");
  const number = find(sheet, "Số: 125/BC-SXD");
  const nation = find(sheet, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  const motto = find(sheet, "Độc lập - Tự do - Hạnh phúc");
  const placeDate = find(sheet, "Quảng Ngãi, ngày 05 tháng 12 năm 2024");

  it("puts the agencies on the left: parent upper regular, agency upper bold, the number 13 pt", () => {
    expect(parent.address).toBe("A1");
    expect(cols(parent)).toEqual(LEFT);
    expect(parent.style.font).toMatchObject({ name: TNR, size: 13 });
    expect(parent.style.font?.bold).toBeFalsy();
    expect(agency.row).toBe(2);
    expect(cols(agency)).toEqual(LEFT);
    expect(agency.style.font).toMatchObject({ name: TNR, size: 13, bold: true });
    expect(number.style.font).toMatchObject({ name: TNR, size: 13 });
    expect(number.style.font?.bold).toBeFalsy();
    for (const f of [parent, agency, number]) expect(f.style.horizontal).toBe("center");
  });

  it("puts the national name and motto on the right, bold, and the place and date in italics on the number's line", () => {
    expect(nation.address).toBe("I1");
    expect(cols(nation)).toEqual(RIGHT);
    expect(nation.style.font).toMatchObject({ name: TNR, size: 12, bold: true });
    expect(motto.row).toBe(2);
    expect(cols(motto)).toEqual(RIGHT);
    expect(motto.style.font).toMatchObject({ size: 13, bold: true });
    expect(placeDate.row).toBe(number.row);
    expect(cols(placeDate)).toEqual(RIGHT);
    expect(placeDate.style.font).toMatchObject({ size: 14, italic: true });
    expect(placeDate.style.font?.bold).toBeFalsy();
  });

  it("draws a short rule under the agency and one as long as the motto under it, both centred", () => {
    const rules = rulesOn(sheet, agency.row + 1);
    expect(rules).toHaveLength(2);
    const [under, mottoRule] = rules.sort((a, b) => a.left - b.left);
    expect(centredIn(under, LEFT)).toBe(true);
    const agencyWidth = textWidth("SỞ XÂY DỰNG", { size: 13, face: "bold" });
    const underWidth = (under.right - under.left + 1) * COLUMN_POINTS;
    expect(underWidth).toBeLessThanOrEqual(agencyWidth * 0.6);
    expect(underWidth).toBeGreaterThanOrEqual(agencyWidth / 3);
    expect(centredIn(mottoRule, RIGHT)).toBe(true);
    const mottoWidth = textWidth("Độc lập - Tự do - Hạnh phúc", { size: 13, face: "bold" });
    expect(Math.abs((mottoRule.right - mottoRule.left + 1) * COLUMN_POINTS - mottoWidth)).toBeLessThanOrEqual(
      COLUMN_POINTS,
    );
  });

  it("has no borders around the header texts", () => {
    for (const f of [parent, agency, number, nation, motto, placeDate])
      expect(f.style.border).toBeUndefined();
  });
});

describe("the report plan – title, headings and body", () => {
  it("centres “BÁO CÁO” and the summary line, bold, with a rule under the summary", () => {
    const title = find(sheet, "BÁO CÁO");
    expect(cols(title)).toEqual(FULL);
    expect(title.style).toMatchObject({ horizontal: "center", font: { name: TNR, size: 14, bold: true } });
    const summary = find(sheet, "Kết quả thực hiện Phong trào thi đua “Vì người nghèo");
    expect(summary.row).toBe(title.row + 1);
    expect(summary.style).toMatchObject({ horizontal: "center", wrap: true, font: { size: 14, bold: true } });
    const [rule] = rulesOn(sheet, summary.row + 1);
    expect(centredIn(rule, FULL)).toBe(true);
  });

  it("writes “I.” headings upper bold, “1.” bold, “a)” regular, each with the first-line indent", () => {
    const indent = firstLineIndent(14);
    expect(indent).toBe("\u00a0".repeat(10));
    const one = find(sheet, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI");
    const item = find(sheet, "1. Tình hình gửi báo cáo của các phòng, đơn vị");
    const sub = find(sheet, "a) Hỗ trợ nhà ở cho hộ nghèo");
    for (const h of [one, item, sub]) {
      expect(h.text.startsWith(indent + h.text.trim().slice(0, 2))).toBe(true);
      expect(cols(h)).toEqual(FULL);
      expect(h.style.font).toMatchObject({ name: TNR, size: 14 });
    }
    expect(one.text.trim()).toBe(one.text.trim().toLocaleUpperCase("vi"));
    expect(one.style.font?.bold).toBe(true);
    expect(item.style.font?.bold).toBe(true);
    expect(sub.style.font?.bold).toBeFalsy();
  });

  it("justifies paragraphs, 14 pt, wrapped in a merged row with a first-line indent; prompts in italics", () => {
    const p = find(sheet, "Năm 2024, 9/10 phòng, đơn vị đã gửi báo cáo");
    expect(p.text.startsWith(firstLineIndent(14) + "Năm")).toBe(true);
    expect(cols(p)).toEqual(FULL);
    expect(p.style).toMatchObject({ horizontal: "justify", wrap: true, font: { name: TNR, size: 14 } });
    expect(p.style.font?.italic).toBeFalsy();
    const prompt = find(sheet, /^\[Nhập ưu điểm/);
    expect(prompt.style.font).toMatchObject({ size: 14, italic: true });
  });
});

describe("the report plan – tables", () => {
  const caption = find(sheet, "Bảng 2. Kinh phí ủng hộ, hỗ trợ");
  const unitLine = find(sheet, "Đơn vị tính: đồng");
  const rowCells = (row: number) => cellsOf(sheet).filter((c) => parseA1(c.address).row === row);

  it("puts a bold caption and the unit line in italics above", () => {
    expect(caption.style).toMatchObject({ horizontal: "center", font: { name: TNR, bold: true } });
    expect(unitLine.row).toBe(caption.row + 1);
    expect(unitLine.style).toMatchObject({ horizontal: "right", font: { name: TNR, italic: true } });
  });

  it("has a bordered header row, bold and centred", () => {
    const header = rowCells(unitLine.row + 1);
    expect(header.map((c) => c.value)).toEqual([
      "STT",
      "Nội dung",
      "Năm 2023",
      "Năm 2024",
      "2024 so với 2023 (%)",
    ]);
    for (const c of header) {
      expect(styleAt(sheet, c.address)).toMatchObject({
        horizontal: "center",
        wrap: true,
        font: { name: TNR, bold: true, size: 12 },
        border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
      });
    }
  });

  it("formats numbers #,##0 right-aligned in bordered cells, and the totals row bold", () => {
    const first = rowCells(unitLine.row + 2);
    const amount = first.find((c) => typeof c.value === "number" && c.value > 1000);
    expect(amount).toBeDefined();
    expect(styleAt(sheet, amount?.address ?? "A1")).toMatchObject({
      horizontal: "right",
      numFmt: "#,##0",
      font: { size: 12 },
      border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
    });
    expect(styleAt(sheet, amount?.address ?? "A1").font?.bold).toBeFalsy();
    const total = find(sheet, "Tổng cộng");
    expect(total.row).toBeGreaterThan(caption.row);
    for (const c of rowCells(total.row)) {
      expect(styleAt(sheet, c.address).font?.bold).toBe(true);
      expect(styleAt(sheet, c.address).border).toMatchObject({ top: "thin", bottom: "thin" });
    }
  });

  it("spans every table across the full grid", () => {
    const header = rowCells(unitLine.row + 1).map((c) => parseA1(c.address));
    const merges = (sheet.merges ?? []).map(parseRange).filter((m) => m.top === unitLine.row + 1);
    expect(header[0].col).toBe(1);
    expect(Math.max(...merges.map((m) => m.right))).toBe(GRID_COLUMNS);
  });
});

describe("the report plan – recipients and signature", () => {
  const recipientsTitle = find(sheet, "Nơi nhận:");
  const items = find(sheet, "- UBND tỉnh;");
  const authority = find(sheet, "KT. GIÁM ĐỐC");
  const title = find(sheet, "PHÓ GIÁM ĐỐC");
  const name = find(sheet, "Nguyễn Văn An");

  it("lists the recipients on the left: the title 12 pt bold italic, the items 11 pt", () => {
    expect(cols(recipientsTitle)).toEqual(LEFT);
    expect(recipientsTitle.style.font).toMatchObject({ name: TNR, size: 12, bold: true, italic: true });
    expect(recipientsTitle.style.horizontal).toBe("left");
    expect(items.text).toBe(
      "- UBND tỉnh;\n- Sở Nội vụ;\n- Giám đốc Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
    );
    expect(items.row).toBe(recipientsTitle.row + 1);
    expect(cols(items)).toEqual(LEFT);
    expect(items.style).toMatchObject({ horizontal: "left", wrap: true, font: { name: TNR, size: 11 } });
    expect(items.style.font?.bold).toBeFalsy();
  });

  it("signs on the right: authority and title upper bold, room to sign, the name bold", () => {
    expect(authority.row).toBe(recipientsTitle.row);
    for (const f of [authority, title, name]) {
      expect(cols(f)).toEqual(RIGHT);
      expect(f.style).toMatchObject({ horizontal: "center", font: { name: TNR, bold: true } });
    }
    expect(title.row).toBe(authority.row + 1);
    const room = Array.from(
      { length: name.row - title.row - 1 },
      (_, i) => sheet.rowHeights?.[title.row + 1 + i] ?? 15,
    );
    expect(room.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60);
    expect(items.range.bottom).toBeLessThanOrEqual(name.row);
  });
});

describe("the report plan – page and fit", () => {
  it("prints A4 portrait with the Decree 30 margins, one page wide, page numbers from page 2", () => {
    const print = sheet.print;
    const last = Math.max(...cellsOf(sheet).map((c) => parseA1(c.address).row));
    expect(print).toMatchObject({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: 1,
      differentFirst: true,
    });
    expect(print?.margins?.top).toBeGreaterThanOrEqual(20);
    expect(print?.margins?.top).toBeLessThanOrEqual(25);
    expect(print?.margins?.bottom).toBeGreaterThanOrEqual(20);
    expect(print?.margins?.bottom).toBeLessThanOrEqual(25);
    expect(print?.margins?.left).toBeGreaterThanOrEqual(30);
    expect(print?.margins?.left).toBeLessThanOrEqual(35);
    expect(print?.margins?.right).toBeGreaterThanOrEqual(15);
    expect(print?.margins?.right).toBeLessThanOrEqual(20);
    expect(print?.headerCenter).toMatch(/&13&P$/);
    expect(print?.footerCenter).toBeUndefined();
    expect(print?.printArea).toBe(`A1:T${last}`);
    expect(sheet.showGridLines).toBe(false);
    expect(sheet.name).toBe("Báo cáo");
  });

  it("fills the printable width (210 − 30 − 15 mm) with its grid", () => {
    const widths = Object.values(sheet.columnWidths ?? {});
    expect(widths).toHaveLength(GRID_COLUMNS);
    const mm = (widths.reduce((a, b) => a + b, 0) * 7 * 25.4) / 96;
    expect(mm).toBeGreaterThan(155);
    expect(mm).toBeLessThanOrEqual(165);
  });

  it("uses Times New Roman, in black, for every text", () => {
    for (const s of sheet.styles ?? []) {
      if (s.style.font?.name !== undefined) expect(s.style.font.name).toBe(TNR);
      if (s.style.font?.color !== undefined) expect(s.style.font.color).toBe("000000");
    }
    for (const c of cellsOf(sheet)) expect(styleAt(sheet, c.address).font?.name).toBe(TNR);
  });

  it("makes every row tall enough for its wrapped text (merged cells never grow by themselves)", () => {
    const heights = sheet.rowHeights ?? {};
    for (const [row, h] of Object.entries(fitRowHeights({ ...sheet, rowHeights: {} })))
      expect(heights[+row]).toBeGreaterThanOrEqual(h);
    // An independent estimate: Vietnamese text in Times New Roman averages about 0.45 em a character (a
    // non-breaking space 0.25 em), and LibreOffice spaces lines 1.1 em apart.
    for (const c of cellsOf(sheet)) {
      const style = styleAt(sheet, c.address);
      if (typeof c.value !== "string" || !style.wrap) continue;
      const { row, col } = parseA1(c.address);
      const merge = (sheet.merges ?? []).map(parseRange).find((m) => m.top === row && m.left === col);
      const span = merge ? merge.right - merge.left + 1 : 1;
      const rows = merge ? merge.bottom - merge.top + 1 : 1;
      const size = style.font?.size ?? 11;
      const perLine = (span * COLUMN_POINTS) / (size * 0.45);
      const length = (part: string): number =>
        part.replace(/\u00a0/g, "").length + part.split("\u00a0").length / 2;
      const lines = c.value
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(length(part) / perLine)), 0);
      let height = 0;
      for (let r = row; r < row + rows; r++) height += heights[r] ?? 15;
      expect([c.address, height >= lines * size * 1.1]).toEqual([c.address, true]);
    }
  });

  it("writes one NFC text per cell and nothing inside a merge but its first cell", () => {
    for (const c of cellsOf(sheet))
      if (typeof c.value === "string") expect(c.value).toBe(c.value.normalize("NFC"));
    const merges = (sheet.merges ?? []).map(parseRange);
    for (const c of cellsOf(sheet)) {
      const { row, col } = parseA1(c.address);
      const inside = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
      if (inside) expect([inside.top, inside.left]).toEqual([row, col]);
    }
  });
});

describe("the report plan – sections on their own", () => {
  it("anchors each section at A1 of its own plan, without print setup", () => {
    const firstTexts: Record<string, string | RegExp> = {
      header: "UBND TỈNH QUẢNG NGÃI",
      title: "BÁO CÁO",
      leadership: "I. CÔNG TÁC LÃNH ĐẠO",
      results: "II. KẾT QUẢ THỰC HIỆN",
      assessment: "III. ĐÁNH GIÁ CHUNG",
      commendation: "IV. ĐỀ XUẤT KHEN THƯỞNG",
      tasks: "V. PHƯƠNG HƯỚNG",
      closing: "Nơi nhận:",
    };
    for (const id of SECTION_IDS) {
      const alone = buildReportPlan(report, { section: id }).sheets[0];
      const first = find(alone, firstTexts[id]);
      expect([id, first.row, first.col]).toEqual([id, 1, 1]);
      expect(alone.print).toBeUndefined();
      expect(alone.columnWidths).toEqual(sheet.columnWidths);
    }
    const closing = buildReportPlan(report, { section: "closing" }).sheets[0];
    expect(find(closing, "KT. GIÁM ĐỐC").address).toBe("I1");
  });

  it("gives the same cells alone as in the whole report, shifted", () => {
    const alone = buildReportPlan(report, { section: "assessment" }).sheets[0];
    const texts = cellsOf(alone).map((c) => c.value);
    const whole = cellsOf(sheet).map((c) => c.value);
    const start = whole.indexOf(texts[0]);
    expect(whole.slice(start, start + texts.length)).toEqual(texts);
  });
});
