import { consolidate, type Consolidation } from "../../../src/core/consolidation";
import { buildReport, reportSettings, type Report, type ReportTable } from "../../../src/core/report";
import type { SampleUnit } from "../../../src/dev/sample/sample-unit";
import { CAMPAIGN, unitFile } from "./fixtures";

const CRITERIA = ["c1", "c2", "c3", "c4", "c5", "c6"];
const scores =
  (self: number[]) =>
  (s: SampleUnit): void => {
    CRITERIA.forEach((id, i) => {
      s.values[id] = self[i];
      s.values[`${id}_evidence`] = "Kế hoạch số 12/KH";
    });
  };

// HTKT gives itself 21 of 20 for c1: its total is exactly 90, the best of all, but the score is wrong.
const HTKT = scores([21, 22, 20, 12, 10, 5]);
const files = (htkt: (s: SampleUnit) => void) => [
  unitFile("VP", 2024, { change: scores([18, 22, 20, 12, 8, 5]) }), // 85
  unitFile("TTr", 2024, { change: scores([15, 20, 20, 12, 7, 5]) }), // 79
  unitFile("HTKT", 2024, { change: htkt }),
];
const run = (htkt: (s: SampleUnit) => void): Consolidation =>
  consolidate(
    files(htkt).map((f) => ({ check: f.check })),
    CAMPAIGN,
    { year: 2024 },
  );
const row = (c: Consolidation, code: string) => c.scores.find((s) => s.unit.code === code);
const report = (c: Consolidation): Report =>
  buildReport(c, CAMPAIGN, reportSettings(CAMPAIGN.settings, {}, "vi"), "annual", "vi");
const paragraphs = (r: Report): string[] =>
  r.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const scoreTable = (r: Report): ReportTable => {
  const t = r.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === "table" ? [b.table] : []))
    .find((x) => x.id === "scores");
  if (!t) throw new Error("no score table");
  return t;
};

describe("a unit whose scores have an error", () => {
  const c = run(HTKT);

  it("has its total shown but no classification and no rank; the others' ranks close up", () => {
    expect(row(c, "HTKT")).toMatchObject({
      selfTotal: 90,
      classification: null,
      rank: null,
      scoreErrors: true,
      note: "Chưa xếp loại: điểm có lỗi",
    });
    expect(row(c, "VP")).toMatchObject({ rank: 1, classification: "Hoàn thành tốt" });
    expect(row(c, "TTr")).toMatchObject({ rank: 2 });
    expect(c.classificationCounts.find((k) => k.label === "Hoàn thành xuất sắc")?.count).toBe(0);
  });

  it("is neither counted among the best nor praised in the report", () => {
    const r = report(c);
    const naming = paragraphs(r).filter((p) => p.includes("Hạ tầng kỹ thuật"));
    expect(naming.length).toBeGreaterThan(0);
    for (const p of naming) expect(p).toContain("còn lỗi"); // named among the reports with errors only
    expect(paragraphs(r).join("\n")).toContain(
      "của 2 phòng, đơn vị: 2 đơn vị “Hoàn thành tốt”; không có đơn vị xếp loại “Hoàn thành xuất sắc”",
    );
    const htkt = scoreTable(r).rows.find((x) => x.cells.some((v) => String(v).includes("Hạ tầng")));
    expect(htkt?.cells).toEqual([
      expect.any(Number),
      expect.any(String),
      null,
      "Chưa xếp loại: điểm có lỗi",
      null,
    ]);
  });

  it("with the score corrected, is ranked first and praised", () => {
    const fixed = run(scores([20, 22, 20, 12, 10, 5])); // 89
    expect(row(fixed, "HTKT")).toMatchObject({
      rank: 1,
      classification: "Hoàn thành tốt",
      scoreErrors: false,
    });
    const htkt = scoreTable(report(fixed)).rows.find((x) =>
      x.cells.some((v) => String(v).includes("Hạ tầng")),
    );
    expect(htkt?.cells[4]).toBe(1);
  });
});
