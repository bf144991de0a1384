import { FakeExcel } from "../../../src/hosts/fake";
import { officeWorkbookHost, type HostNotice } from "../../../src/hosts/office";

/** A sheet with `count` two-cell merges, one per row from row 2 (A:B), and a title merge A1:J1. */
function mergedSheet(excel: FakeExcel, name: string, count: number): void {
  const sheet = excel.addSheet(name);
  sheet.merges.push({ top: 1, left: 1, bottom: 1, right: 10 });
  const cells: Record<string, string> = { A1: "Báo cáo tổng kết" };
  for (let i = 0; i < count; i++) {
    sheet.merges.push({ top: i + 2, left: 1, bottom: i + 2, right: 2 });
    cells[`A${i + 2}`] = `Đơn vị ${i + 1}`;
  }
  excel.setCells(name, cells);
}

describe("readSnapshot: merged areas", () => {
  it("reads every merge of sheets with more than 512 merged areas, in a bounded number of syncs", async () => {
    const excel = new FakeExcel();
    mergedSheet(excel, "Tổng kết", 756);
    mergedSheet(excel, "Năm", 461);
    const notices: HostNotice[] = [];
    const snapshot = await officeWorkbookHost({
      env: excel.env,
      notice: (n) => notices.push(n),
    }).readSnapshot("all");
    const [summary, annual] = snapshot.sheets;
    expect(summary.merges).toHaveLength(757);
    expect(new Set(summary.merges).size).toBe(757);
    expect(summary.merges).toContain("A1:J1");
    expect(summary.merges).toContain("A757:B757");
    expect(annual.merges).toHaveLength(462);
    expect(summary.cells.B2).toBeUndefined();
    expect(notices).toEqual([]);
    expect(excel.syncs).toBeLessThanOrEqual(8);
  });

  it("a merge taller than its band is found once, by its top-left cell", async () => {
    const excel = new FakeExcel();
    mergedSheet(excel, "Tổng kết", 600);
    excel.sheet("Tổng kết").merges.push({ top: 650, left: 3, bottom: 900, right: 4 });
    excel.setCells("Tổng kết", { C900: "cuối" });
    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot("active");
    const merges = snapshot.sheets[0].merges;
    expect(merges.filter((m) => m === "C650:D900")).toHaveLength(1);
    expect(merges).toHaveLength(602);
  });
});
