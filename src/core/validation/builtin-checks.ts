import type { Campaign, FieldDef, TableColumnDef, TableDef } from "../campaign/model";
import { summariseScores, type ScoreSummary } from "../campaign/scoring";
import { foldKey } from "../locale/text";
import type { Submission } from "../submission/model";
import type { Finding } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import { listChoice } from "../campaign/list-choice";
import { formatParam } from "./format-param";

/** Checks every campaign needs whatever its rules say: required values, roster, scores, totals, lists, version. */
export function builtinChecks(sub: Submission, campaign: Campaign, scores: ScoreSummary): Finding[] {
  return [
    ...checkRequired(sub, campaign),
    ...checkUnit(sub),
    ...checkScores(sub, campaign),
    ...checkTotals(sub, campaign, scores),
    ...checkTables(sub, campaign),
    ...checkTemplateVersion(sub, campaign),
  ];
}

function at(sub: Submission, field: FieldDef): Pick<Finding, "file" | "sheet" | "cell" | "field"> {
  const location = sub.fields[field.id]?.location;
  return { file: sub.file, sheet: location?.sheet, cell: location?.cell, field: field.id };
}

function checkRequired(sub: Submission, campaign: Campaign): Finding[] {
  return campaign.fields
    .filter((f) => f.required && sub.fields[f.id]?.status === "blank")
    .map((f) => newFinding("required-value", { ...at(sub, f), params: { label: f.label } }));
}

function checkUnit(sub: Submission): Finding[] {
  const reading = sub.fields.unit_name;
  if (reading?.status !== "ok" || sub.unit) return [];
  return [
    newFinding("unknown-unit", {
      file: sub.file,
      sheet: reading.location?.sheet,
      cell: reading.location?.cell,
      field: "unit_name",
      params: { text: String(reading.value) },
    }),
  ];
}

function checkScores(sub: Submission, campaign: Campaign): Finding[] {
  const findings: Finding[] = [];
  for (const field of campaign.fields) {
    if (field.type !== "score" || field.derived || !field.criterion) continue;
    const reading = sub.fields[field.id];
    const criterion = campaign.scoring.criteria.find((c) => c.id === field.criterion);
    if (reading?.status !== "ok" || !criterion) continue;
    const value = Number(reading.value);
    const onStep = Math.abs(value / criterion.step - Math.round(value / criterion.step)) < 1e-9;
    if (value < 0 || value > criterion.max || !onStep) {
      findings.push(
        newFinding("score-out-of-range", {
          ...at(sub, field),
          params: {
            label: field.label,
            value: formatParam("value", value),
            max: formatParam("max", criterion.max),
            step: formatParam("step", criterion.step),
          },
        }),
      );
    }
  }
  return findings;
}

function checkTotals(sub: Submission, campaign: Campaign, scores: ScoreSummary): Finding[] {
  const findings: Finding[] = [];
  for (const field of campaign.fields) {
    if (!field.derived) continue;
    const reading = sub.fields[field.id];
    if (reading?.status !== "ok" || typeof reading.value !== "number") continue;
    const computed = field.filledBy === "reviewer" ? scores.reviewTotal : scores.selfTotal;
    if (computed === undefined || Math.abs(computed - reading.value) < 1e-6) continue;
    findings.push(
      newFinding("inconsistent-total", {
        ...at(sub, field),
        params: {
          label: field.label,
          written: formatParam("written", reading.value),
          computed: formatParam("computed", computed),
        },
      }),
    );
  }
  return findings;
}

function checkTables(sub: Submission, campaign: Campaign): Finding[] {
  const findings: Finding[] = [];
  let problems: Set<string> | undefined;
  for (const def of campaign.tables) {
    const table = sub.tables[def.id];
    if (!table || table.foundBy === "missing") continue;
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      for (const column of def.columns) {
        const cell = row.cells[column.id];
        if (cell === undefined) continue;
        const value = row.values[column.id];
        if (
          column.required &&
          value === null &&
          !(problems ??= problemCells(sub)).has(cellKey(table.sheet, cell))
        ) {
          findings.push(
            newFinding("required-value", {
              ...tableCell(sub, table.sheet, cell, def, column),
              params: { label: column.label },
            }),
          );
        }
        if (column.list && typeof value === "string") {
          const list = campaign.lists.find((l) => l.id === column.list);
          if (list && listChoice(list, value) === undefined) {
            findings.push(
              newFinding("constraint-error", {
                ...tableCell(sub, table.sheet, cell, def, column),
                params: { variant: "list", text: value, list: list.label },
              }),
            );
          }
        }
      }
      const key = duplicateKey(def.id, row.values);
      if (key === undefined) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.index);
      else {
        const cell = row.cells.name ?? Object.values(row.cells)[0];
        findings.push(
          newFinding("duplicate-row", {
            file: sub.file,
            sheet: table.sheet,
            cell,
            field: `${def.id}.name`,
            params: { other: first, table: def.title },
          }),
        );
      }
    }
  }
  return findings;
}

/** Where a finding on a table's cell is: made only for a finding, as most cells have none. */
function tableCell(
  sub: Submission,
  sheet: string | undefined,
  cell: string,
  def: TableDef,
  column: TableColumnDef,
) {
  return { file: sub.file, sheet, cell, field: `${def.id}.${column.id}` };
}

/** Two rows are the same initiative when the names match; the same proposal when name and form match. */
function duplicateKey(table: string, values: Record<string, number | string | null>): string | undefined {
  const name = values.name;
  if (typeof name !== "string") return undefined;
  return table === "tbl_proposals" ? `${foldKey(name)}|${foldKey(String(values.form ?? ""))}` : foldKey(name);
}

/** A cell's key in problemCells. */
function cellKey(sheet: string | undefined, cell: string | undefined): string {
  return `${sheet ?? ""}\u0000${cell ?? ""}`;
}

/**
 * The cells where reading the form already found a problem (an error value, a wrong number): a required
 * cell among them is not also reported empty. A set, looked up per cell: a column of #N/A copied down
 * 40,000 rows took 20 s to check when each cell searched all the findings.
 */
function problemCells(sub: Submission): Set<string> {
  return new Set(sub.findings.map((f) => cellKey(f.sheet, f.cell)));
}

function checkTemplateVersion(sub: Submission, campaign: Campaign): Finding[] {
  const found = sub.meta.templateVersion;
  if (found === campaign.templateVersion && sub.meta.templateId === campaign.templateId) return [];
  return [
    newFinding("template-version-mismatch", {
      file: sub.file,
      params:
        found === undefined
          ? { variant: "missing", expected: campaign.templateVersion }
          : { found, expected: campaign.templateVersion },
    }),
  ];
}

export function scoreSummaryOf(sub: Submission, campaign: Campaign): ScoreSummary {
  const self: Record<string, number | undefined> = {};
  const review: Record<string, number | undefined> = {};
  for (const c of campaign.scoring.criteria) {
    const s = sub.fields[c.id];
    self[c.id] = s?.status === "ok" ? Number(s.value) : undefined;
    const r = sub.fields[`${c.id}_review`];
    review[c.id] = r?.status === "ok" ? Number(r.value) : undefined;
  }
  return summariseScores(campaign.scoring, { self, review });
}
