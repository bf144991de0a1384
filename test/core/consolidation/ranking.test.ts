import { consolidate } from "../../../src/core/consolidation";
import type { SampleUnit } from "../../../src/dev/sample/sample-unit";
import { CAMPAIGN, unitFile } from "./fixtures";

const CRITERIA = ["c1", "c2", "c3", "c4", "c5", "c6"];

function scores(self: number[], review: number[] = []) {
  return (s: SampleUnit): void => {
    CRITERIA.forEach((id, i) => {
      s.values[id] = self[i];
      s.values[`${id}_evidence`] = "Kế hoạch số 12/KH";
      if (review[i] !== undefined) s.values[`${id}_review`] = review[i];
    });
  };
}

const files = [
  unitFile("VP", 2024, { change: scores([18, 22, 20, 12, 8, 5]) }), // 85, c2 22
  unitFile("TTr", 2024, { change: scores([19, 21, 21, 12, 7, 5]) }), // 85, c2 21, c3 21
  unitFile("KHTC", 2024, { change: scores([20, 21, 21, 11, 7, 5]) }), // 85, c2 21, c3 21: equal to TTr
  unitFile("QLXD", 2024, { change: scores([20, 25, 25, 15, 10, 5]) }), // 100
  unitFile("QHKT", 2024, { change: scores([10, 10, 10, 10, 5, 5]) }), // 50
  // Self 100, but the reviewer gives c2 20: reviewer total 95, and c2 counts as 20.
  unitFile("QLN", 2024, { change: scores([20, 25, 25, 15, 10, 5], [undefined, 20] as number[]) }),
  unitFile("HTKT", 2024, { change: scores([20, 25, 20, 15, 10, 5]) }), // 95, c2 25
];
const c = consolidate(
  files.map((f) => ({ check: f.check })),
  CAMPAIGN,
  { year: 2024 },
);
const row = (code: string) => c.scores.find((s) => s.unit.code === code);

describe("ranking", () => {
  it("ranks by total, breaks ties by c2 then c3 (reviewer's where given), and shares a rank when equal", () => {
    const ranks = Object.fromEntries(c.scores.map((s) => [s.unit.code, s.rank]));
    expect(ranks).toEqual({
      QLXD: 1,
      HTKT: 2,
      QLN: 3,
      VP: 4,
      TTr: 5,
      KHTC: 5,
      QHKT: 7,
      TTKĐ: null,
      TTQH: null,
      BQLDA: null,
    });
  });

  it("keeps self and reviewer totals and classifies by the reviewer's total where present", () => {
    expect(row("QLN")).toMatchObject({
      selfTotal: 100,
      reviewTotal: 95,
      total: 95,
      classification: "Hoàn thành xuất sắc",
      self: { c2: 25 },
      review: { c2: 20, c1: null },
    });
    expect(row("VP")).toMatchObject({
      selfTotal: 85,
      reviewTotal: null,
      total: 85,
      classification: "Hoàn thành tốt",
    });
    expect(row("QHKT")).toMatchObject({ total: 50, classification: "Hoàn thành" });
  });

  it("lists scores in roster order and counts classifications", () => {
    expect(c.scores.map((s) => s.unit.code)).toEqual(CAMPAIGN.roster.map((u) => u.code));
    expect(c.classificationCounts).toEqual([
      { label: "Hoàn thành xuất sắc", count: 3 },
      { label: "Hoàn thành tốt", count: 3 },
      { label: "Hoàn thành", count: 1 },
      { label: "Không hoàn thành", count: 0 },
    ]);
  });
});
