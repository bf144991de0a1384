import { setFlagsFromString } from "node:v8";
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { readSubmission } from "../../../src/core/submission/read-submission";
import { renderFinding } from "../../../src/core/validation/render-finding";
import { parseRange, toA1 } from "../../../src/core/workbook-model/address";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { setCell } from "../../helpers/snapshot-edit";
import { baselineUnit, unitSnapshot } from "../../helpers/unit-workbook";

/** Types a proposal on a sheet row, as a user does in LibreOffice under the table. */
function typeProposal(snapshot: WorkbookSnapshot, row: number, name: string): void {
  const table = snapshot.tables.find((t) => t.name === "tbl_proposals")!;
  const left = parseRange(table.ref).left;
  const values = [row, "Cá nhân", name, "Chuyên viên", "Giấy khen của Giám đốc Sở", "Tích cực"];
  values.forEach((v, i) => setCell(snapshot, table.sheet, toA1(row, left + i), { value: v }));
}

function proposalsWithRowsBelow(below: number[]): { snapshot: WorkbookSnapshot; bottom: number } {
  const sample = baselineUnit();
  const snapshot = unitSnapshot(sample);
  const table = snapshot.tables.find((t) => t.name === "tbl_proposals")!;
  const bottom = parseRange(table.ref).bottom;
  below.forEach((offset) => typeProposal(snapshot, bottom + offset, `Người thứ ${offset} dưới bảng`));
  return { snapshot, bottom };
}

describe("rows typed under a named table", () => {
  it("are read as rows of the table, with an info finding that says where", () => {
    const { snapshot, bottom } = proposalsWithRowsBelow([1, 2]);
    const submission = readSubmission(snapshot, DEFAULT_CAMPAIGN);
    const rows = submission.tables.tbl_proposals.rows;
    expect(rows).toHaveLength(5);
    expect(rows.slice(3).map((r) => [r.sheetRow, r.values.name, r.belowTable])).toEqual([
      [bottom + 1, "Người thứ 1 dưới bảng", true],
      [bottom + 2, "Người thứ 2 dưới bảng", true],
    ]);
    const finding = submission.findings.find((f) => f.code === "rows-below-table");
    expect(finding).toMatchObject({
      severity: "info",
      field: "tbl_proposals",
      params: { count: 2, from: bottom + 1, to: bottom + 2 },
    });
    expect(renderFinding(finding!, "vi")).toContain(`dòng ${bottom + 1}–${bottom + 2}`);
    expect(renderFinding(finding!, "en")).toContain("read as rows of the table");
  });

  it("stop at the first row with nothing in the table's columns", () => {
    const { snapshot } = proposalsWithRowsBelow([1, 3]);
    const rows = readSubmission(snapshot, DEFAULT_CAMPAIGN).tables.tbl_proposals.rows;
    expect(rows.filter((r) => r.belowTable).map((r) => r.values.name)).toEqual(["Người thứ 1 dưới bảng"]);
  });

  it("give no finding when nothing is typed under the table", () => {
    const { snapshot } = proposalsWithRowsBelow([]);
    const submission = readSubmission(snapshot, DEFAULT_CAMPAIGN);
    expect(submission.findings.filter((f) => f.code === "rows-below-table")).toEqual([]);
    expect(submission.tables.tbl_proposals.rows).toHaveLength(3);
  });

  it("share one object shape however many there are: a sheet of thousands of them is not kept many times over", () => {
    // V8's own check of two objects' hidden class (the shape its memory layout follows).
    setFlagsFromString("--allow-natives-syntax");
    const sameShape = new Function("a", "b", "return %HaveSameMap(a, b);") as (
      a: object,
      b: object,
    ) => boolean;
    const { snapshot } = proposalsWithRowsBelow(Array.from({ length: 200 }, (_, i) => i + 1));
    const below = readSubmission(snapshot, DEFAULT_CAMPAIGN).tables.tbl_proposals.rows.filter(
      (r) => r.belowTable,
    );
    expect(below).toHaveLength(200);
    expect(below.filter((row) => !sameShape(row, below[0]))).toEqual([]);
  });
});
