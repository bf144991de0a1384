import type { Finding } from "../../../src/core/findings/finding";
import type { CellFormat } from "../../../src/hosts/fake";
import { MARKS_SHEET } from "../../../src/hosts/office";
import { SEVERITY_FILL } from "../../../src/hosts/office/marks/mark-findings";
import { setup } from "./helpers";

function finding(cell: string, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding {
  return {
    code: "required-value",
    severity,
    file: "VP-2024.xlsx",
    sheet: "Biểu mẫu",
    cell,
    params: { label: `ô ${cell}` },
    ...extra,
  };
}

const CELLS = ["B2", "B3", "B4", "B5"];

function unitWorkbook(apiVersion?: string): ReturnType<typeof setup> {
  const s = setup({ apiVersion });
  s.excel.addSheet("Biểu mẫu");
  s.excel.setCells("Biểu mẫu", {
    B2: "có tô xanh",
    B3: { value: 5, fill: { color: "#00FF00", pattern: "Solid" } },
    B4: { value: "kẻ sọc", fill: { color: "#FFFF00", pattern: "Gray50" }, numberFormat: "@" },
  });
  s.excel.sheet("Biểu mẫu").notes.set("B5", "Ghi chú của người dùng");
  return s;
}

function formats(s: ReturnType<typeof setup>): (CellFormat | undefined)[] {
  return CELLS.map((c) => structuredClone(s.excel.format("Biểu mẫu", c)));
}

describe("markFindings and clearMarks", () => {
  it("mark by severity with notes, then restore exactly what was there, in a constant number of syncs", async () => {
    const s = unitWorkbook();
    const before = formats(s);
    const notesBefore = new Map(s.excel.sheet("Biểu mẫu").notes);
    const findings = [
      finding("B2", "error"),
      finding("B2", "info", { code: "blank-row" }),
      finding("B3", "warning"),
      finding("B4", "info"),
      finding("B5", "error"),
      finding("Z1", "error", { sheet: "Không có" }),
      finding("A1", "error", { sheet: undefined }),
    ];

    expect(await s.host.markFindings(findings)).toBe(5);
    expect(s.excel.syncs).toBe(3);
    expect(s.excel.format("Biểu mẫu", "B2")?.fill).toEqual({ color: SEVERITY_FILL.error, pattern: "Solid" });
    expect(s.excel.format("Biểu mẫu", "B3")?.fill?.color).toBe(SEVERITY_FILL.warning);
    expect(s.excel.sheet(MARKS_SHEET).visibility).toBe("VeryHidden");
    const notes = s.excel.sheet("Biểu mẫu").notes;
    expect(notes.get("B2")?.split("\n")).toHaveLength(2);
    expect(notes.get("B5")).toMatch(/^Ghi chú của người dùng\n\n./);

    s.excel.resetCounts();
    expect(await s.host.clearMarks()).toBe(4);
    expect(s.excel.syncs).toBe(4);
    expect(formats(s)).toEqual(before);
    expect(s.excel.format("Biểu mẫu", "B2")?.fill).toBeUndefined();
    expect(new Map(s.excel.sheet("Biểu mẫu").notes)).toEqual(notesBefore);
    expect(s.excel.sheetNames()).not.toContain(MARKS_SHEET);

    s.excel.resetCounts();
    expect(await s.host.clearMarks()).toBe(0);
    expect(s.excel.syncs).toBe(1);
    expect(formats(s)).toEqual(before);
  });

  it("marking a cell twice keeps the first record, so clearing still restores the original", async () => {
    const s = unitWorkbook();
    const before = formats(s);
    await s.host.markFindings([finding("B3", "info")]);
    await s.host.markFindings([finding("B3", "error"), finding("B2", "warning")]);
    expect(s.excel.format("Biểu mẫu", "B3")?.fill?.color).toBe(SEVERITY_FILL.error);
    expect(await s.host.clearMarks()).toBe(2);
    expect(formats(s)).toEqual(before);
    expect(s.excel.sheet("Biểu mẫu").notes.has("B3")).toBe(false);
  });

  it("keeps a recorded note that starts with = as text", async () => {
    const s = unitWorkbook();
    s.excel.sheet("Biểu mẫu").notes.set("B2", "=HYPERLINK(1)");
    await s.host.markFindings([finding("B2", "error")]);
    await s.host.clearMarks();
    expect(s.excel.sheet("Biểu mẫu").notes.get("B2")).toBe("=HYPERLINK(1)");
  });

  it("below ExcelApi 1.18 it only fills (the pane lists the messages), and below 1.9 white is taken as no fill", async () => {
    const s = unitWorkbook("1.8");
    const before = formats(s);
    expect(await s.host.markFindings([finding("B2", "error"), finding("B3", "warning")])).toBe(2);
    expect(s.notices).toEqual([{ code: "mark-notes-skipped", count: 2, items: [] }]);
    expect(s.excel.sheet("Biểu mẫu").notes.size).toBe(1);
    expect(await s.host.clearMarks()).toBe(2);
    expect(formats(s)).toEqual(before);
  });

  it("does nothing, in one sync, when no finding points at a cell of this workbook", async () => {
    const s = unitWorkbook();
    expect(await s.host.markFindings([finding("B2", "error", { sheet: "Khác" })])).toBe(0);
    expect(s.excel.syncs).toBe(1);
    expect(s.excel.sheetNames()).not.toContain(MARKS_SHEET);
  });

  it("lifts a protection without password for the marks and puts the same options back", async () => {
    const s = unitWorkbook();
    const options = { allowFormatColumns: true, allowFormatRows: true };
    s.excel.sheet("Biểu mẫu").protection = { options };
    const before = formats(s);
    expect(await s.host.markFindings([finding("B2", "error"), finding("B5", "warning")])).toBe(2);
    expect(s.excel.format("Biểu mẫu", "B2")?.fill?.color).toBe(SEVERITY_FILL.error);
    expect(s.excel.sheet("Biểu mẫu").protection).toEqual({ options, password: undefined });
    expect(await s.host.clearMarks()).toBe(2);
    expect(formats(s)).toEqual(before);
    expect(s.excel.sheet("Biểu mẫu").notes.get("B5")).toBe("Ghi chú của người dùng");
    expect(s.excel.sheet("Biểu mẫu").protection).toEqual({ options, password: undefined });
  });

  it("says which sheet is protected with a password instead of failing obscurely", async () => {
    const s = unitWorkbook();
    s.excel.sheet("Biểu mẫu").protection = { options: {}, password: "123" };
    const before = formats(s);
    await expect(s.host.markFindings([finding("B2", "error")])).rejects.toMatchObject({
      code: "sheet-protected",
      params: { sheets: "Biểu mẫu" },
    });
    expect(formats(s)).toEqual(before);
  });
});
