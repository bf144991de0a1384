import fc from "fast-check";
import {
  buildSummaryPlan,
  consolidate,
  type ConsolidationInput,
  type ConsolidationOptions,
} from "../../../src/core/consolidation";
import { dateToSerial } from "../../../src/core/locale/excel-date";
import { unreadableFile } from "../../../src/core/validation/file-check";
import { TYPICAL_MISTAKES, withMistakes } from "../../../src/dev/sample/mistakes";
import { CAMPAIGN, checksumOf, INDICATOR_IDS, unitFile } from "./fixtures";
import { findTable, valueOf } from "./plan-reading";

const CODES = CAMPAIGN.roster.map((u) => u.code);
const mistaken = (s: Parameters<typeof withMistakes>[0]) =>
  void Object.assign(s, withMistakes(s, TYPICAL_MISTAKES.slice(0, 2)));

/** Files to pick from: every unit for two years, some with mistakes, duplicates (one with the same name), strays. */
const POOL: ConsolidationInput[] = [
  ...[2023, 2024].flatMap((year) =>
    CODES.map((code, i) => unitFile(code, year, i % 4 === 1 ? { change: mistaken } : {})),
  ),
  unitFile("VP", 2024, {
    file: "VP-2024-bo-sung.xlsx",
    seed: 11,
    change: (s) => void (s.values.report_date = dateToSerial(2024, 12, 30)),
  }),
  unitFile("VP", 2024, { seed: 12 }),
  unitFile("QLN", 2023, {
    file: "QLN-2023-cu.xlsx",
    seed: 13,
    change: (s) => void (s.values.report_date = dateToSerial(2023, 1, 5)),
  }),
  unitFile("TTr", 2024, { file: "la.xlsx", change: (s) => void (s.values.unit_name = "Đơn vị lạ") }),
].map((f, i) => ({ check: f.check, ...(i % 3 === 0 ? { checksum: checksumOf(f.file) } : {}) }));
POOL.push({ check: unreadableFile("hong.xlsx", "not-zip") });

const arbOptions: fc.Arbitrary<ConsolidationOptions> = fc
  .record({
    excludeInvalid: fc.boolean(),
    period: fc.boolean(),
  })
  .map(({ excludeInvalid, period }) =>
    period ? { period: { from: 2023, to: 2024 }, excludeInvalid } : { year: 2024, excludeInvalid },
  );

const arbInputs = fc.shuffledSubarray(POOL, { minLength: 0, maxLength: POOL.length });
const RUNS = { numRuns: 25 };

/** The files a unit-year could have used: the latest report date, then the last file name (ties all returned). */
function keptCandidates(inputs: ConsolidationInput[], code: string, year: number): ConsolidationInput[] {
  const date = (i: ConsolidationInput) => {
    const f = i.check.result?.submission.fields.report_date;
    return f?.status === "ok" ? Number(f.value) : -Infinity;
  };
  const mine = inputs.filter(
    (i) => i.check.result?.submission.unit?.code === code && i.check.result.submission.year === year,
  );
  const best = Math.max(...mine.map(date));
  const latest = mine.filter((i) => date(i) === best);
  const lastName = latest
    .map((i) => i.check.file)
    .sort()
    .pop();
  return latest.filter((i) => i.check.file === lastName);
}

describe("consolidation invariants", () => {
  it("Tổng cộng equals the sum of the unit rows for every indicator", () => {
    fc.assert(
      fc.property(arbInputs, arbOptions, (inputs, options) => {
        const c = consolidate(inputs, CAMPAIGN, options);
        const view = findTable(buildSummaryPlan(c, CAMPAIGN), "tbl_sum_indicators");
        const units = view.rows.slice(0, -1);
        const totals = view.rows[view.rows.length - 1];
        expect(valueOf(totals["Mã đơn vị"])).toBe("Tổng cộng");
        for (const field of CAMPAIGN.fields.filter((f) => f.section === "B")) {
          const sum = units.reduce((s, r) => s + Number(valueOf(r[field.label]) ?? 0), 0);
          expect(valueOf(totals[field.label])).toBe(sum);
          expect(c.totals[field.id]).toBe(sum);
          expect(c.yearTotals.reduce((s, t) => s + t.totals[field.id], 0)).toBe(sum);
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the inputs", () => {
    fc.assert(
      fc.property(arbInputs, arbOptions, (inputs, options) => {
        const canonical = [...inputs].sort((a, b) => POOL.indexOf(a) - POOL.indexOf(b));
        const a = consolidate(inputs, CAMPAIGN, options);
        const b = consolidate(canonical, CAMPAIGN, options);
        expect(a).toEqual(b);
        expect(buildSummaryPlan(a, CAMPAIGN)).toEqual(buildSummaryPlan(b, CAMPAIGN));
      }),
      RUNS,
    );
  });

  it("gives the same plan when run twice", () => {
    fc.assert(
      fc.property(arbInputs, arbOptions, (inputs, options) => {
        const first = buildSummaryPlan(consolidate(inputs, CAMPAIGN, options), CAMPAIGN, {
          generatedAt: "x",
        });
        const second = buildSummaryPlan(consolidate(inputs, CAMPAIGN, options), CAMPAIGN, {
          generatedAt: "x",
        });
        expect(second).toEqual(first);
      }),
      { numRuns: 10 },
    );
  });

  it("shows a unit's figures as validation read them from the file it used", () => {
    fc.assert(
      fc.property(arbInputs, arbOptions, (inputs, options) => {
        const c = consolidate(inputs, CAMPAIGN, options);
        for (const unit of c.units) {
          for (const y of unit.years) {
            const chosen = keptCandidates(inputs, unit.unit.code, y.year);
            expect(y.file).toBe(chosen[0]?.check.file);
            for (const id of INDICATOR_IDS) {
              if (!y.included) {
                expect(y.values[id].value).toBeNull();
                continue;
              }
              const read = chosen.map((i) => {
                const reading = i.check.result?.submission.fields[id];
                return reading?.status === "ok" ? reading.value : null;
              });
              expect(read).toContain(y.values[id].value);
            }
          }
          if (c.mode === "year") {
            for (const id of INDICATOR_IDS) expect(unit.values[id]).toBe(unit.years[0].values[id].value);
          }
        }
      }),
      RUNS,
    );
  });
});
