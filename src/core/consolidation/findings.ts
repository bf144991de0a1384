/**
 * Every finding, in the order of the listing: each file's own findings (validation's order), with the
 * consolidation's findings where they belong (a missing report, a duplicate, a person proposed twice).
 */
import type { Lang } from "../locale/lang";
import type { Finding } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import { renderFinding } from "../validation/render-finding";
import { writtenUnitName, type Entry } from "./entries";
import { listedFindings } from "./listed-findings";
import type { ListedItem } from "./listing";
import type { FindingRow } from "./model";
import type { Slot } from "./placement";

interface Context {
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
}

function missingFinding(slot: Slot): Finding {
  return newFinding("missing-submission", { file: "", params: { unit: slot.unit.name, year: slot.year } });
}

function duplicateFinding(slot: Slot, kept: Entry): Finding {
  return newFinding("duplicate-submission", {
    file: kept.file,
    params: {
      unit: slot.unit.name,
      year: slot.year,
      kept: kept.file,
      files: slot.files.map((e) => e.file).join(", "),
    },
  });
}

function contextOf(item: ListedItem): Context {
  switch (item.kind) {
    case "slot-file":
    case "missing":
      return { unitCode: item.slot.unit.code, unitName: item.slot.unit.name, year: item.slot.year };
    case "other-year":
      return { unitCode: item.unit.code, unitName: item.unit.name, year: item.entry.year ?? null };
    case "stray":
      return { unitCode: null, unitName: writtenUnitName(item.entry), year: item.entry.year ?? null };
    case "unreadable":
      return { unitCode: null, unitName: null, year: null };
  }
}

function findingsOf(item: ListedItem, acrossUnits: Map<string, Finding[]>, reviewYear: number): Finding[] {
  switch (item.kind) {
    case "missing":
      return [missingFinding(item.slot)];
    case "slot-file": {
      const { slot, entry, kept } = item;
      const duplicate = kept && slot.files.length > 1 ? [duplicateFinding(slot, entry)] : [];
      const across = kept && slot.year === reviewYear ? (acrossUnits.get(slot.unit.code) ?? []) : [];
      return [...duplicate, ...listedFindings(entry.input.check.findings, entry.file), ...across];
    }
    default:
      return listedFindings(item.entry.input.check.findings, item.entry.file);
  }
}

export function findingRows(
  items: ListedItem[],
  acrossUnits: Map<string, Finding[]>,
  reviewYear: number,
  lang: Lang,
): FindingRow[] {
  // The same warning about the same person comes back on many rows: its text is kept once.
  const messages = new Map<string, string>();
  const kept = (message: string): string => {
    const known = messages.get(message);
    if (known !== undefined) return known;
    messages.set(message, message);
    return message;
  };
  return items.flatMap((item) => {
    const context = contextOf(item);
    return findingsOf(item, acrossUnits, reviewYear).map((finding) => ({
      unitCode: context.unitCode,
      unitName: context.unitName,
      year: context.year,
      file: finding.file.normalize("NFC"),
      sheet: finding.sheet ?? null,
      cell: finding.cell ?? null,
      field: finding.field ?? null,
      code: finding.code,
      severity: finding.severity,
      message: kept(renderFinding(finding, lang)),
      finding,
    }));
  });
}
