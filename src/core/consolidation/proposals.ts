/**
 * Commendation proposals of the review year: highest form first, then roster order, then row. The same
 * person proposed by two or more units is flagged on each of their rows and reported as a warning.
 */
import type { Campaign, RosterUnit } from "../campaign/model";
import { foldKey } from "../locale/text";
import type { Finding } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import { compareNumbers, compareText, firstNonZero } from "./compare";
import { DUPLICATE_WITH, INDIVIDUAL } from "./labels";
import type { ProposalRow } from "./model";
import { slotOf, type Placement } from "./placement";
import { rowsOf, type UnitTableRow } from "./table-rows";

export const PROPOSALS_TABLE = "tbl_proposals";
export const PROPOSAL_FORM_LIST = "proposal_form";

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

function acrossUnitsFinding(row: UnitTableRow, others: RosterUnit[], tableTitle: string): Finding {
  const names = others.map((u) => u.name).join(", ");
  return newFinding("duplicate-row", {
    file: row.source.file,
    sheet: row.source.sheet,
    cell: row.reading.cells.name,
    field: `${PROPOSALS_TABLE}.name`,
    params: { variant: "across-units", name: String(row.values.name), units: names, table: tableTitle },
  });
}

export function proposalRows(placement: Placement, campaign: Campaign, reviewYear: number): ProposalsResult {
  const forms = campaign.lists.find((l) => l.id === PROPOSAL_FORM_LIST)?.values ?? [];
  const formKeys = forms.map(foldKey);
  const tableTitle = campaign.tables.find((t) => t.id === PROPOSALS_TABLE)?.title ?? PROPOSALS_TABLE;
  const read = placement.units.flatMap((unit) =>
    rowsOf(slotOf(placement, unit, reviewYear), PROPOSALS_TABLE),
  );

  const unitsByPerson = new Map<string, RosterUnit[]>();
  for (const row of read) {
    const key = individualKey(row);
    if (key === undefined) continue;
    const units = unitsByPerson.get(key) ?? [];
    if (!units.includes(row.unit)) units.push(row.unit);
    unitsByPerson.set(key, units);
  }

  const findings = new Map<string, Finding[]>();
  const rows = read.map((row): ProposalRow => {
    const key = individualKey(row);
    const others = key === undefined ? [] : (unitsByPerson.get(key) ?? []).filter((u) => u !== row.unit);
    if (others.length > 0) {
      findings.set(row.unit.code, [
        ...(findings.get(row.unit.code) ?? []),
        acrossUnitsFinding(row, others, tableTitle),
      ]);
    }
    const form = typeof row.values.form === "string" ? row.values.form : null;
    return {
      unit: row.unit,
      year: row.year,
      values: row.values,
      form,
      formRank: form === null ? -1 : formKeys.indexOf(foldKey(form)),
      duplicateWith: others.map((u) => u.code),
      flag: others.length > 0 ? `${DUPLICATE_WITH}: ${others.map((u) => u.name).join(", ")}` : "",
      source: row.source,
    };
  });
  return { rows: rows.sort(compareProposals), findings };
}
