import type { Campaign } from "../../core/campaign/model";
import { buildTemplatePlan } from "../../core/template";
import { dateToSerial } from "../../core/locale/excel-date";
import type { WorkbookPlan } from "../../core/workbook-model/plan";
import { fillTemplatePlan } from "./fill-template";
import { sampleUnit, type SampleOptions, type SampleUnit } from "./sample-unit";
import { TYPICAL_MISTAKES, withMistakes, type Mistake } from "./mistakes";

export interface BatchFile {
  /** Path relative to the batch folder ("2024/VP-2024.xlsx"). */
  name: string;
  plan: WorkbookPlan;
  /** What is wrong with it on purpose, for the demo's output. */
  story?: string;
  /** The values put in, for tests that recompute the totals independently. */
  sample: SampleUnit;
  unitCode: string;
  year: number;
}

export interface BatchOptions {
  years: number[];
  seed: number;
  /** Unit codes that do not submit in the last year. */
  missing?: string[];
  /** Unit codes that send two files in the last year (an early draft and the final one). */
  duplicated?: string[];
  /** Unit codes whose last-year file has the typical mistakes. */
  faulty?: string[];
  sample?: SampleOptions;
}

/** The whole roster's workbooks for some years, from a seed: what an Office receives, mistakes included. */
export function sampleBatch(campaign: Campaign, options: BatchOptions): BatchFile[] {
  const template = buildTemplatePlan(campaign, {});
  const files: BatchFile[] = [];
  const last = options.years[options.years.length - 1];
  options.years.forEach((year, y) => {
    campaign.roster.forEach((unit, u) => {
      const isLast = year === last;
      if (isLast && options.missing?.includes(unit.code)) return;
      const seed = options.seed + y * 1000 + u;
      let sample = sampleUnit(campaign, unit, year, seed, options.sample);
      let story: string | undefined;
      if (isLast && options.faulty?.includes(unit.code)) {
        const mistakes: Mistake[] = u % 2 === 0 ? TYPICAL_MISTAKES : TYPICAL_MISTAKES.slice(0, 2);
        sample = withMistakes(sample, mistakes);
        story = mistakes.map((m) => m.describe).join("; ");
      }
      const name = `${year}/${unit.code}-${year}.xlsx`;
      const plan = fillTemplatePlan(template, campaign, sample.values, sample.tables);
      if (isLast && options.duplicated?.includes(unit.code)) {
        const draft = sampleUnit(campaign, unit, year, seed + 500, options.sample);
        draft.values.report_date = dateToSerial(year, 11, 1);
        sample.values.report_date = dateToSerial(year, 12, 20);
        files.push({
          name: `${year}/${unit.code}-${year}-ban-nhap.xlsx`,
          plan: fillTemplatePlan(template, campaign, draft.values, draft.tables),
          story: "bản nháp gửi trước (ngày lập 01/11), bị thay bằng bản sau",
          sample: draft,
          unitCode: unit.code,
          year,
        });
        files.push({
          name,
          plan: fillTemplatePlan(template, campaign, sample.values, sample.tables),
          story: "bản gửi sau (ngày lập 20/12): được dùng",
          sample,
          unitCode: unit.code,
          year,
        });
        return;
      }
      files.push({ name, plan, story, sample, unitCode: unit.code, year });
    });
  });
  return files;
}
