/**
 * Commendation proposals of the review year: highest form first, then roster order, then row. The same
 * person proposed by two or more units is flagged on each of their rows and reported as a warning.
 */
import type { Campaign, RosterUnit } from "../campaign/model";
import { foldKey } from "../locale/text";
import type { Finding } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import { compareNumbers, compareText, firstNonZero } from "./compare";
import { DUPLICATE_WITH, DUPLICATE_WITH_MORE, INDIVIDUAL, summaryText } from "./labels";
import type { ProposalRow } from "./model";
import { slotOf, type Placement } from "./placement";
import { rowsOf, type UnitTableRow } from "./table-rows";

export const PROPOSALS_TABLE = "tbl_proposals";
export const PROPOSAL_FORM_LIST = "proposal_form";

/**
 * Units named in a duplicate's flag and warning. A common name can be proposed by hundreds of units;
 * listing them all on every row would make unreadable cells and grow with the square of the units.
 */
export const LISTED_UNITS = 5;

export interface ProposalsResult {
  rows: ProposalRow[];
  /** Across-unit duplicates by the code of the unit whose row it is. */
  findings: Map<string, Finding[]>;
}

function individualKey(row: UnitTableRow): string | undefined {
  const { name, target_type: target } = row.values;
  if (typeof name !== "string" || typeof target !== "string") return undefined;
  return foldKey(target) === foldKey(INDIVIDUAL) ? foldKey(name) : undefined;
}

function compareProposals(a: ProposalRow, b: ProposalRow): number {
  return firstNonZero(
    () => compareNumbers(b.formRank, a.formRank),
    () => compareText(a.form ?? "", b.form ?? ""),
    () => compareNumbers(a.unit.order, b.unit.order),
    () => compareText(a.unit.code, b.unit.code),
    () => compareNumbers(a.source.row, b.source.row),
  );
}

function acrossUnitsFinding(row: UnitTableRow, others: OtherUnits, tableTitle: string): Finding {
  const more = others.count - others.codes.length;
  return newFinding("duplicate-row", {
    file: row.source.file,
    sheet: row.source.sheet,
    cell: row.reading.cells.name,
    field: `${PROPOSALS_TABLE}.name`,
    params: {
      variant: more > 0 ? "across-many-units" : "across-units",
      name: String(row.values.name),
      units: others.names,
      ...(more > 0 ? { more } : {}),
      table: tableTitle,
    },
  });
}

/** The other units proposing the same person: how many, and the codes and names of the first LISTED_UNITS. */
interface OtherUnits {
  count: number;
  codes: string[];
  names: string;
  /** "Trùng với: …" or "". */
  flag: string;
}

const NO_OTHERS: OtherUnits = { count: 0, codes: [], names: "", flag: "" };

/** `proposers`: every unit proposing the person, `unit` among them. */
function otherUnits(proposers: RosterUnit[], unit: RosterUnit): OtherUnits {
  if (proposers.length < 2) return NO_OTHERS;
  const listed: RosterUnit[] = [];
  for (const u of proposers) {
    if (listed.length === LISTED_UNITS) break;
    if (u !== unit) listed.push(u);
  }
  const count = proposers.length - 1;
  const names = listed.map((u) => u.name).join(", ");
  const more = count - listed.length;
  const rest = more > 0 ? ` ${summaryText(DUPLICATE_WITH_MORE, { count: more })}` : "";
  return { count, codes: listed.map((u) => u.code), names, flag: `${DUPLICATE_WITH}: ${names}${rest}` };
}

/**
 * The other units of each row's person. Rows whose unit is not among the first units listed share one
 * answer: with a common name proposed by hundreds of units, their flags are one string, not hundreds.
 */
function othersByRow(read: UnitTableRow[]): (row: UnitTableRow) => OtherUnits {
  const proposers = new Map<string, Set<RosterUnit>>();
  for (const row of read) {
    const key = individualKey(row);
    if (key === undefined) continue;
    const units = proposers.get(key) ?? new Set<RosterUnit>();
    units.add(row.unit);
    proposers.set(key, units);
  }
  const ordered = new Map([...proposers].map(([key, units]) => [key, [...units]]));
  const known = new Map<string, OtherUnits>();
  return (row) => {
    const key = individualKey(row);
    const all = key === undefined ? undefined : ordered.get(key);
    if (all === undefined) return NO_OTHERS;
    const memo = `${all.slice(0, LISTED_UNITS + 1).indexOf(row.unit)}\u0000${key}`;
    let others = known.get(memo);
    if (others === undefined) {
      others = otherUnits(all, row.unit);
      known.set(memo, others);
    }
    return others;
  };
}

export function proposalRows(placement: Placement, campaign: Campaign, reviewYear: number): ProposalsResult {
  const forms = campaign.lists.find((l) => l.id === PROPOSAL_FORM_LIST)?.values ?? [];
  const formKeys = forms.map(foldKey);
  const tableTitle = campaign.tables.find((t) => t.id === PROPOSALS_TABLE)?.title ?? PROPOSALS_TABLE;
  const read = placement.units.flatMap((unit) =>
    rowsOf(slotOf(placement, unit, reviewYear), PROPOSALS_TABLE),
  );

  const othersOf = othersByRow(read);
  const findings = new Map<string, Finding[]>();
  const rows = read.map((row): ProposalRow => {
    const others = othersOf(row);
    if (others.count > 0) {
      const unitFindings = findings.get(row.unit.code) ?? [];
      unitFindings.push(acrossUnitsFinding(row, others, tableTitle));
      findings.set(row.unit.code, unitFindings);
    }
    const form = typeof row.values.form === "string" ? row.values.form : null;
    return {
      unit: row.unit,
      year: row.year,
      values: row.values,
      form,
      formRank: form === null ? -1 : formKeys.indexOf(foldKey(form)),
      duplicateWith: others.codes,
      duplicateCount: others.count,
      flag: others.flag,
      source: row.source,
    };
  });
  return { rows: rows.sort(compareProposals), findings };
}
