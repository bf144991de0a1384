/**
 * Realistic inputs for consolidation tests without an Excel library: sample data → filled template plan →
 * snapshot → checkWorkbook → FileCheck.
 */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import type { Campaign, RosterUnit } from "../../../src/core/campaign/model";
import { buildTemplatePlan } from "../../../src/core/template";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { checkedFile, unreadableFile, type FileCheck } from "../../../src/core/validation/file-check";
import type { PlanValue, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { FORM_DIRECTOR } from "../../../src/core/campaign/default-tables";
import { dateToSerial } from "../../../src/core/locale/excel-date";
import type { ConsolidationInput } from "../../../src/core/consolidation";
import { TYPICAL_MISTAKES, withMistakes } from "../../../src/dev/sample/mistakes";
import { fillTemplatePlan } from "../../../src/dev/sample/fill-template";
import { sampleUnit, type SampleUnit } from "../../../src/dev/sample/sample-unit";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";

export const CAMPAIGN: Campaign = DEFAULT_CAMPAIGN;
const TEMPLATE: WorkbookPlan = buildTemplatePlan(CAMPAIGN, {});

export const INDICATOR_IDS = CAMPAIGN.fields.filter((f) => f.section === "B").map((f) => f.id);

export function unitByCode(code: string): RosterUnit {
  const unit = CAMPAIGN.roster.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
}

export interface UnitFile {
  file: string;
  sample: SampleUnit;
  check: FileCheck;
}

export interface UnitFileOptions {
  file?: string;
  seed?: number;
  change?: (sample: SampleUnit) => void;
}

export function checkSample(file: string, sample: SampleUnit, campaign: Campaign = CAMPAIGN): FileCheck {
  const plan = fillTemplatePlan(TEMPLATE, campaign, sample.values, sample.tables);
  return checkedFile(file, checkWorkbook(planToSnapshot(plan, file), campaign));
}

/** A unit's workbook for a year from seeded sample data, optionally changed first. */
export function unitFile(code: string, year: number, options: UnitFileOptions = {}): UnitFile {
  const unit = unitByCode(code);
  const sample = sampleUnit(CAMPAIGN, unit, year, options.seed ?? year * 100 + unit.order);
  options.change?.(sample);
  const file = options.file ?? `${code}-${year}.xlsx`;
  return { file, sample, check: checkSample(file, sample) };
}

export const INJECTIONS = ["=SUM(A1)", "+84912345678", "-1+2", "@x"];
export const NFD_PERSON = "Trần Thị Hòa Thuận".normalize("NFD");
export const SHARED_PERSON = "Nguyễn Văn Trùng";

/** Adds an individual proposal for `name` to a sample. */
export function proposePerson(sample: SampleUnit, name: string): void {
  const rows = sample.tables.tbl_proposals;
  rows.push({
    stt: rows.length + 1,
    target_type: "Cá nhân",
    name,
    position: "Chuyên viên",
    form: FORM_DIRECTOR,
    summary: "Tích cực tham gia hỗ trợ hộ nghèo",
  });
}

/** Adds initiatives (keeping b13 equal to the number of rows, so the file stays valid). */
export function addInitiatives(sample: SampleUnit, rows: Record<string, PlanValue>[]): void {
  const table = sample.tables.tbl_initiatives;
  for (const row of rows) table.push({ stt: table.length + 1, kind: "Sáng kiến", status: "Đề xuất", ...row });
  sample.values.b13_initiatives = table.length;
}

export interface Scenario {
  inputs: ConsolidationInput[];
  files: Record<string, UnitFile>;
}

/**
 * The whole roster for 2024: VP valid, TTr with the typical mistakes, KHTC missing, QLXD twice (the earlier
 * report date has the later file name), QHKT with formula-like and NFD text, QLN and HTKT proposing the
 * same person, a unit not in the roster, VP's 2023 file, and an unreadable file.
 */
export function annualScenario(): Scenario {
  const files: Record<string, UnitFile> = {
    VP: unitFile("VP", 2024),
    TTr: unitFile("TTr", 2024, { change: (s) => Object.assign(s, withMistakes(s, TYPICAL_MISTAKES)) }),
    QLXD_late: unitFile("QLXD", 2024, {
      file: "QLXD-2024-a.xlsx",
      change: (s) => void (s.values.report_date = dateToSerial(2024, 12, 20)),
    }),
    QLXD_early: unitFile("QLXD", 2024, {
      file: "QLXD-2024-b.xlsx",
      seed: 777,
      change: (s) => void (s.values.report_date = dateToSerial(2024, 12, 2)),
    }),
    QHKT: unitFile("QHKT", 2024, {
      change: (s) => {
        s.values.unit_name = unitByCode("QHKT").name.normalize("NFD");
        addInitiatives(s, [
          { name: INJECTIONS[0], author: INJECTIONS[1], effect: INJECTIONS[3] },
          { name: INJECTIONS[2], author: NFD_PERSON, effect: null },
        ]);
        proposePerson(s, NFD_PERSON);
      },
    }),
    QLN: unitFile("QLN", 2024, { change: (s) => proposePerson(s, SHARED_PERSON) }),
    HTKT: unitFile("HTKT", 2024, {
      change: (s) => proposePerson(s, SHARED_PERSON.toLowerCase().normalize("NFD")),
    }),
    TTKĐ: unitFile("TTKĐ", 2024),
    TTQH: unitFile("TTQH", 2024),
    BQLDA: unitFile("BQLDA", 2024),
    stray: unitFile("VP", 2024, {
      file: "LA-2024.xlsx",
      change: (s) => void (s.values.unit_name = "Phòng Không Tồn Tại"),
    }),
    VP2023: unitFile("VP", 2023),
  };
  const inputs: ConsolidationInput[] = Object.values(files).map((f) => ({
    check: f.check,
    checksum: checksumOf(f.file),
  }));
  inputs.push({ check: unreadableFile("hong.xlsx", "corrupt", "end of central directory not found") });
  return { inputs, files };
}

/** A stand-in for the host's hash of the file's bytes. */
export function checksumOf(text: string): string {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/**
 * What a figure in the sample becomes, recomputed without the core: numbers as they are, the one text the
 * mistakes write the Vietnamese way ("1.500.000"), any other text unknown.
 */
export function expectedNumber(value: PlanValue | undefined): number | null {
  if (typeof value === "number") return value;
  if (value === "1.500.000") return 1_500_000;
  return null;
}
