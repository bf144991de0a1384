/** The review year's commendation proposals a report may carry, grouped by form, highest first. */
import type { Campaign } from "../campaign/model";
import { INDIVIDUAL } from "../consolidation/labels";
import type { Consolidation, ProposalRow } from "../consolidation/model";
import type { ReportFigures } from "./figures";
import { allowedForms } from "./kinds";

export interface ProposalEntry {
  name: string;
  position: string;
  unit: string;
  individual: boolean;
  /** "Trùng với: …" when other units propose the same person. */
  note: string;
}

export interface FormGroup {
  form: string;
  collectives: number;
  individuals: number;
  entries: ProposalEntry[];
}

export interface ProposalFacts {
  groups: FormGroup[];
  /** Proposals of a form this kind of report may not carry (or of no known form), by form. */
  leftOut: { form: string; count: number }[];
  /** Individuals proposed by more than one unit. */
  duplicated: number;
}

const text = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? "" : String(v).normalize("NFC").trim();

function entryOf(p: ProposalRow): ProposalEntry {
  return {
    name: text(p.values.name),
    position: text(p.values.position),
    unit: p.unit.name,
    individual: text(p.values.target_type) === INDIVIDUAL,
    note: p.flag,
  };
}

export function proposalFacts(c: Consolidation, campaign: Campaign, figures: ReportFigures): ProposalFacts {
  const allowed = allowedForms(figures.kind, campaign);
  const rows = c.proposals.filter((p) => p.year === figures.reviewYear);
  const groups = new Map<string, FormGroup>();
  const leftOut = new Map<string, number>();
  for (const p of [...rows].sort((a, b) => b.formRank - a.formRank)) {
    const form = p.form ?? "";
    if (!allowed.includes(form)) {
      leftOut.set(form, (leftOut.get(form) ?? 0) + 1);
      continue;
    }
    const group = groups.get(form) ?? { form, collectives: 0, individuals: 0, entries: [] };
    const entry = entryOf(p);
    group.entries.push(entry);
    if (entry.individual) group.individuals++;
    else group.collectives++;
    groups.set(form, group);
  }
  const duplicated = new Set(
    rows.filter((p) => p.duplicateCount > 0).map((p) => text(p.values.name).toLocaleLowerCase("vi")),
  ).size;
  return {
    groups: [...groups.values()],
    leftOut: [...leftOut].map(([form, count]) => ({ form, count })),
    duplicated,
  };
}
