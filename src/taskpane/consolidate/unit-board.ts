/**
 * The status board of the Tổng hợp pane, from the consolidation: one row per expected unit with what became
 * of its report for each year asked, then one row per file that could not be read. Plain data, no React.
 */
import type { Consolidation, SlotState } from "../../core/consolidation/model";
import type { Params, UiKey } from "../../i18n/ui-text";
import { namedFiles } from "../../jobs/missing-documents";
import type { FileDecision } from "../../jobs/select-inputs";

export type BoardState = SlotState | "duplicate" | "unreadable";

export interface BoardYear {
  year: number;
  state: BoardState;
  /** The file used (the later report date among duplicates). */
  file?: string;
  /** The other files for the same unit and year, not used. */
  others: string[];
  errors: number;
  /** A missing report: the documents (PDF, Word) given that name the unit. */
  documents?: string[];
}

export interface BoardRow {
  key: string;
  /** Roster name, or the file name of a file that could not be read. */
  label: string;
  years: BoardYear[];
}

export function boardRows(result: Consolidation): BoardRow[] {
  const units = result.units.map((u): BoardRow => ({
    key: u.unit.code,
    label: u.unit.name,
    years: u.years.map((y) => {
      const row = result.status.find(
        (s) => s.unitCode === u.unit.code && s.year === y.year && s.file === (y.file ?? null) && s.kept,
      );
      const kept = row ?? result.status.find((s) => s.unitCode === u.unit.code && s.file === y.file);
      const documents =
        y.state === "missing"
          ? result.status.find(
              (s) => s.unitCode === u.unit.code && s.year === y.year && s.status === "missing",
            )?.documents
          : undefined;
      return {
        year: y.year,
        state: y.duplicates.length > 0 ? "duplicate" : y.state,
        ...(y.file !== undefined ? { file: y.file } : {}),
        others: y.duplicates,
        errors: kept?.errors ?? 0,
        ...(documents ? { documents } : {}),
      };
    }),
  }));
  const unreadable = result.status
    .filter((s) => s.status === "unreadable")
    .map((s, i): BoardRow => ({
      key: `unreadable-${i}`,
      label: s.file ?? "?",
      years: [{ year: 0, state: "unreadable", others: [], errors: s.errors }],
    }));
  return [...units, ...unreadable];
}

/** The icon of a board line: green when the report is used as it is, red when it cannot be. */
export function boardSeverity(year: BoardYear): "success" | "warning" | "error" {
  if (year.state === "valid") return "success";
  if (year.state === "duplicate") return year.errors > 0 ? "error" : "warning";
  return year.state === "missing" ? "warning" : "error";
}

export function boardText(year: BoardYear): { key: UiKey; params?: Params } {
  switch (year.state) {
    case "valid":
      return { key: "consolidate.board.valid", params: { file: year.file ?? "" } };
    case "with-errors":
      return { key: "consolidate.board.withErrors", params: { errors: year.errors, file: year.file ?? "" } };
    case "excluded":
      return { key: "consolidate.board.excluded", params: { errors: year.errors, file: year.file ?? "" } };
    case "missing":
      return year.documents
        ? { key: "consolidate.board.missingWithDocuments", params: { files: namedFiles(year.documents) } }
        : { key: "consolidate.board.missing" };
    case "duplicate":
      return {
        key: "consolidate.board.duplicate",
        params: { file: year.file ?? "", others: year.others.join(", ") },
      };
    case "unreadable":
      return { key: "consolidate.board.unreadable" };
  }
}

export interface NotUsedGroup {
  /** The reason as each file's row says it ("Không dùng: báo cáo năm 2023, …"). */
  reason: { key: UiKey; params: Params };
  files: string[];
}

/** The files not used, grouped by the same reason said the same way (one line for the ten 2023 files). */
export function notUsedGroups(decisions: readonly FileDecision[]): NotUsedGroup[] {
  const groups = new Map<string, NotUsedGroup>();
  for (const d of decisions) {
    if (d.used || !d.reason) continue;
    const key: UiKey = `consolidate.notUsed.${d.reason}`;
    const params = { year: d.year ?? "?", file: d.sameAs ?? "" };
    const id = JSON.stringify([key, params]);
    const group: NotUsedGroup = groups.get(id) ?? { reason: { key, params }, files: [] };
    group.files.push(d.file);
    groups.set(id, group);
  }
  return [...groups.values()];
}
