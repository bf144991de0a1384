/**
 * A report prints at most PRINTED_ROWS rows of a list, then one row that says how many more there are and
 * where the summary lists them all: 20,000 proposals made the Word report take 53 s and 4.2 GB.
 */
import { buildReport, type Report, type ReportTable } from "../../../src/core/report";
import { PRINTED_ROWS } from "../../../src/core/report/tables";
import { C2024, CAMPAIGN, SETTINGS } from "./fixtures";

const table = (r: Report, id: string): ReportTable | undefined =>
  r.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === "table" ? [b.table] : []))
    .find((t) => t.id === id);

/** The year's consolidation with `count` proposals, copies of its own with names of their own. */
function withProposals(count: number) {
  const own = C2024.proposals;
  const proposals = Array.from({ length: count }, (_, i) => {
    const p = own[i % own.length];
    return { ...p, values: { ...p.values, name: `Người đề nghị ${i + 1}` } };
  });
  return { ...C2024, proposals };
}

describe("a report's list of proposals", () => {
  it("prints them all when they are few", () => {
    const rows = table(buildReport(withProposals(40), CAMPAIGN, SETTINGS, "annual"), "proposals")?.rows ?? [];
    expect(rows.filter((r) => r.kind === "data")).toHaveLength(40);
  });

  it("prints the first ones and says how many more, and where, in Vietnamese and English", () => {
    const count = PRINTED_ROWS + 1500;
    const vi = table(buildReport(withProposals(count), CAMPAIGN, SETTINGS, "annual", "vi"), "proposals");
    const rows = vi?.rows ?? [];
    expect(rows.filter((r) => r.kind === "data")).toHaveLength(PRINTED_ROWS);
    expect(rows[rows.length - 1]).toEqual({
      kind: "group",
      cells: [
        "… và 1.500 dòng nữa không in trong báo cáo; danh sách đủ ở trang “Đề nghị khen thưởng” của tệp tổng hợp.",
      ],
    });
    const en = table(buildReport(withProposals(count), CAMPAIGN, SETTINGS, "annual", "en"), "proposals");
    expect(en?.rows[en.rows.length - 1].cells[0]).toContain(
      "… and 1,500 more rows not printed in the report",
    );
  });
});
