/** The findings list as the Kiểm tra pane shows it: pure selectors over the units checked. */
import type { Severity } from "../../core/campaign/model";
import { countBySeverity, type Finding } from "../../core/findings/finding";
import type { UnitCheck } from "../../jobs/workbook-units";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingItem {
  /** Stable within one run, for React keys and focus. */
  id: string;
  unitKey: string;
  unitLabel: string;
  finding: Finding;
}

export interface FindingFilter {
  /** "Show only" these severities; an empty set shows every finding. */
  severities: ReadonlySet<Severity>;
  /** A unit's key, or "" for every unit. */
  unit: string;
}

export function findingItems(units: UnitCheck[]): FindingItem[] {
  return units.flatMap((u, i) =>
    u.check.findings.map((finding, j) => ({ id: `${i}-${j}`, unitKey: u.key, unitLabel: u.label, finding })),
  );
}

export function filterFindings(items: FindingItem[], filter: FindingFilter): FindingItem[] {
  return items.filter(
    (item) =>
      (filter.severities.size === 0 || filter.severities.has(item.finding.severity)) &&
      (filter.unit === "" || item.unitKey === filter.unit),
  );
}

/** Counts per severity for the filter buttons: within the chosen unit, whatever severities are shown. */
export function severityCounts(items: FindingItem[], unit: string): Record<Severity, number> {
  return countBySeverity(items.filter((i) => unit === "" || i.unitKey === unit).map((i) => i.finding));
}

/** "Biểu mẫu!D12", or "" when the finding has no cell. */
export function cellLabel(finding: Finding): string {
  if (finding.cell === undefined) return "";
  return finding.sheet === undefined ? finding.cell : `${finding.sheet}!${finding.cell}`;
}
