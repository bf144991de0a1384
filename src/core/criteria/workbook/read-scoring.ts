/** The scoring sheet: criteria with their maximum and step, classification bands, tie-break criteria. */
import type { BandDef, CriterionDef, ScoringDef } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import type { SheetGrid } from "./block-read";
import { cellNumber } from "./cells";
import type { ProblemLog } from "./problems";
import { IDENTIFIER, type RecordReader } from "./read-context";
import { openBlock, openSheet } from "./read-sheet";
import { BANDS_BLOCK, CRITERIA_BLOCK, CRITERIA_SHEETS, TIE_BREAK_BLOCK } from "./sheets";
import type { KeysOf } from "./block";

const DEFAULT_STEP = 0.5;

export function readScoring(snapshot: WorkbookSnapshot, base: ScoringDef, log: ProblemLog): ScoringDef {
  const grid = openSheet(snapshot, CRITERIA_SHEETS.scoring, log);
  if (!grid) return base;
  const criteria = readCriteria(grid, log) ?? base.criteria;
  const bands = readBands(grid, log) ?? base.bands;
  const tieBreak = readTieBreak(grid, criteria, log) ?? base.tieBreak;
  return { criteria, bands, tieBreak };
}

function readCriteria(grid: SheetGrid, log: ProblemLog): CriterionDef[] | undefined {
  const records = openBlock(grid, CRITERIA_BLOCK, log);
  if (!records) return undefined;
  const out: CriterionDef[] = [];
  for (const r of records) {
    const criterion = readCriterion(r);
    if (!criterion) continue;
    if (out.some((c) => c.id === criterion.id)) {
      r.error("id", "criteria.duplicate", { id: criterion.id });
      continue;
    }
    out.push(criterion);
  }
  return out;
}

function readCriterion(r: RecordReader<KeysOf<typeof CRITERIA_BLOCK>>): CriterionDef | undefined {
  const id = r.required("id", "what.criterion-id");
  const label = r.required("label", "what.criterion-label");
  if (id === undefined || label === undefined) return undefined;
  if (!IDENTIFIER.test(id)) {
    r.error("id", "criteria.bad-id", { id });
    return undefined;
  }
  const max = cellNumber(r.cell("max"));
  if (max === undefined || !(max > 0)) {
    r.error("max", "criteria.bad-max", { text: r.text("max") });
    return undefined;
  }
  let step = r.number("step", DEFAULT_STEP, "what.step") ?? DEFAULT_STEP;
  if (!(step > 0)) {
    r.error("step", "criteria.bad-step");
    step = DEFAULT_STEP;
  }
  return { id, label, labelEn: r.text("labelEn"), max, step };
}

function readBands(grid: SheetGrid, log: ProblemLog): BandDef[] | undefined {
  const records = openBlock(grid, BANDS_BLOCK, log);
  if (!records) return undefined;
  const bands: BandDef[] = [];
  let descending = true;
  for (const r of records) {
    const label = r.required("label", "what.band-label");
    const min = r.number("min", undefined, "what.min");
    if (min === undefined && r.text("min") === "") r.error("min", "bands.missing-min");
    if (label === undefined || min === undefined) continue;
    const previous = bands[bands.length - 1];
    if (previous && min >= previous.min && descending) {
      descending = false;
      r.error("min", "bands.not-descending", { min, previous: previous.min });
    }
    bands.push({ min, label, labelEn: r.text("labelEn") });
  }
  if (bands.length === 0) {
    log.error({ sheet: grid.name, row: 0 }, "bands.none");
  } else if (bands[bands.length - 1].min > 0 && descending) {
    log.warning({ sheet: grid.name, row: records[records.length - 1].row }, "bands.gap-below", {
      min: bands[bands.length - 1].min,
    });
  }
  return descending ? bands : [...bands].sort((a, b) => b.min - a.min);
}

function readTieBreak(grid: SheetGrid, criteria: CriterionDef[], log: ProblemLog): string[] | undefined {
  const records = openBlock(grid, TIE_BREAK_BLOCK, log);
  if (!records) return undefined;
  const out: string[] = [];
  for (const r of records) {
    for (const id of r
      .text("criteria")
      .split(/[,;\s]+/)
      .filter(Boolean)) {
      if (!criteria.some((c) => c.id === id)) {
        r.error("criteria", "tie-break.unknown-criterion", { id });
      } else if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}
