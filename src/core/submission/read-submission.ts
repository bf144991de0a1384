import type { Campaign, FieldDef, RosterUnit } from "../campaign/model";
import type { WorkbookSnapshot } from "../workbook-model/snapshot";
import { parseA1 } from "../workbook-model/address";
import { foldKey } from "../locale/text";
import type { Finding } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import { indexSheets, type SheetIndex } from "./sheet-index";
import { locateFields, type LocatedField } from "./locate-fields";
import { parseCell } from "./parse-cell";
import { readTables } from "./read-tables";
import { readTemplateMeta } from "../template/meta";
import { notAFormFinding, recogniseWorkbook } from "./recognise";
import type { FieldReading, FieldStatus, Submission } from "./model";

/** Reads a unit's workbook into a Submission: values by field id, table rows, and what could not be read. */
export function readSubmission(snapshot: WorkbookSnapshot, campaign: Campaign): Submission {
  const file = snapshot.fileName;
  const sheets = indexSheets(snapshot);
  const located = locateFields(snapshot, sheets, campaign);
  const findings: Finding[] = [];
  const fields: Record<string, FieldReading> = {};
  for (const field of campaign.fields) {
    fields[field.id] = readField(field, located.get(field.id), sheets, file, findings);
  }
  if ([...located.values()].some((l) => l.foundBy === "label")) {
    findings.push(newFinding("read-by-labels", { file, params: {} }));
  }
  const { tables, problems } = readTables(snapshot, sheets, campaign);
  for (const def of campaign.tables) {
    const table = tables[def.id];
    if (table.foundBy === "missing") {
      findings.push(
        newFinding("missing-label", {
          file,
          field: def.id,
          params: { variant: "table", label: def.title, name: def.id },
        }),
      );
      continue;
    }
    const below = table.rows.filter((r) => r.belowTable);
    if (below.length > 0) {
      findings.push(
        newFinding("rows-below-table", {
          file,
          sheet: table.sheet,
          cell: below[0].cells[Object.keys(below[0].cells)[0]],
          field: def.id,
          params: {
            table: def.title,
            count: below.length,
            from: below[0].sheetRow,
            to: below[below.length - 1].sheetRow,
          },
        }),
      );
    }
    for (const column of def.columns) {
      if (
        column.id !== "stt" &&
        table.columns[column.id] === undefined &&
        (column.required || column.type === "list")
      ) {
        findings.push(
          newFinding("missing-label", {
            file,
            sheet: table.sheet,
            field: `${def.id}.${column.id}`,
            params: { variant: "column", table: def.title, label: column.label },
          }),
        );
      }
    }
  }
  for (const p of problems) {
    if (p.column === "stt") continue;
    const label =
      campaign.tables.find((t) => t.id === p.table)?.columns.find((c) => c.id === p.column)?.label ??
      p.column;
    findings.push(
      p.parsed.status === "error"
        ? newFinding("formula-error", {
            file,
            sheet: p.sheet,
            cell: p.cell,
            field: `${p.table}.${p.column}`,
            params: { label, error: p.parsed.error },
          })
        : newFinding("type-error", {
            file,
            sheet: p.sheet,
            cell: p.cell,
            field: `${p.table}.${p.column}`,
            params: { variant: p.parsed.variant, text: p.parsed.text, label },
          }),
    );
  }
  const meta = readTemplateMeta(snapshot);
  const notAForm = recogniseWorkbook(snapshot, meta, located, tables);
  if (notAForm) {
    return {
      file,
      sheet: firstVisibleSheet(sheets),
      fields,
      tables,
      meta,
      year: undefined,
      findings: [notAFormFinding(file, notAForm)],
      notAForm,
    };
  }
  const unitName = fields.unit_name?.status === "ok" ? String(fields.unit_name.value) : undefined;
  const year = fields.report_year?.status === "ok" ? Number(fields.report_year.value) : undefined;
  return {
    file,
    sheet: fields.unit_name?.location?.sheet ?? firstVisibleSheet(sheets),
    fields,
    tables,
    meta,
    unit: unitName === undefined ? undefined : matchRoster(unitName, campaign.roster),
    year,
    findings,
  };
}

interface RosterKeys {
  size: number;
  byName: Map<string, RosterUnit>;
  byCode: Map<string, RosterUnit>;
}

/** Each roster's units by folded name and code: every file of a consolidation looks its unit up. */
const rosterKeys = new WeakMap<RosterUnit[], RosterKeys>();

function keysOf(roster: RosterUnit[]): RosterKeys {
  let keys = rosterKeys.get(roster);
  if (keys?.size !== roster.length) {
    keys = { size: roster.length, byName: new Map(), byCode: new Map() };
    // The first unit of a name or code wins, as a search from the top would find it.
    for (const unit of [...roster].reverse()) {
      keys.byName.set(foldKey(unit.name), unit);
      keys.byCode.set(foldKey(unit.code), unit);
    }
    rosterKeys.set(roster, keys);
  }
  return keys;
}

/** Matches a unit name (or code) to the roster ignoring case, spacing and Unicode form. */
export function matchRoster(text: string, roster: RosterUnit[]): RosterUnit | undefined {
  const key = foldKey(text);
  const { byName, byCode } = keysOf(roster);
  return byName.get(key) ?? byCode.get(key);
}

function readField(
  field: FieldDef,
  located: LocatedField | undefined,
  sheets: Map<string, SheetIndex>,
  file: string,
  findings: Finding[],
): FieldReading {
  if (!located) {
    if (field.required || (field.filledBy === "unit" && !field.derived)) {
      findings.push(
        newFinding("missing-label", {
          severity: field.required ? "error" : "warning",
          file,
          field: field.id,
          params: { label: field.label, name: field.id },
        }),
      );
    }
    return { fieldId: field.id, status: "missing", value: null };
  }
  const { location, foundBy } = located;
  // One literal with every property: spreading a base and adding to it makes slower, larger objects.
  const reading = (status: FieldStatus, value: number | string | null): FieldReading => ({
    fieldId: field.id,
    location,
    foundBy,
    status,
    value,
  });
  const at = { file, sheet: location.sheet, cell: location.cell, field: field.id };
  const sheet = sheets.get(location.sheet) as SheetIndex;
  const { row, col } = parseA1(location.cell);
  if (sheet.coveringMerge(row, col)) {
    findings.push(newFinding("merged-cell", { ...at, params: { label: field.label } }));
    return reading("merged", null);
  }
  const parsed = parseCell(sheet.cell(row, col), field.type);
  switch (parsed.status) {
    case "ok":
      return reading("ok", parsed.value);
    case "blank":
      return reading("blank", null);
    case "uncalculated":
      if (!field.derived)
        findings.push(newFinding("formula-not-calculated", { ...at, params: { label: field.label } }));
      return reading("uncalculated", null);
    case "error":
      findings.push(
        newFinding("formula-error", { ...at, params: { label: field.label, error: parsed.error } }),
      );
      return reading("error", null);
    case "invalid":
      findings.push(
        newFinding("type-error", {
          ...at,
          params: { variant: parsed.variant, text: parsed.text, label: field.label },
        }),
      );
      return reading("invalid", null);
  }
}

function firstVisibleSheet(sheets: Map<string, SheetIndex>): string | undefined {
  return [...sheets.values()].find((s) => s.visibility === "visible")?.name;
}
