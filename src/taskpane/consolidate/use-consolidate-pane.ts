import { useCallback, useMemo, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import { consolidationSummary, type ConsolidationSummary } from "../../core/consolidation";
import type { Lang } from "../../core/locale/lang";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { writtenNotice } from "../shared/browser-output";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import type { ConfirmReplace } from "../shared/use-confirm-replace";
import { useBusy } from "../shared/use-busy";
import type { Scope } from "../../core/consolidation/scope";
import { consolidateFiles, summaryPlan, type ConsolidateJob } from "../../jobs/consolidate-files";
import type { FileDecision } from "../../jobs/select-inputs";
import type { Sources } from "./use-sources";

export interface ScopeChoice {
  mode: "year" | "period";
  /** Null: the latest report year among the files. */
  year: number | null;
  from: number;
  to: number;
}

export interface ConsolidatePaneState {
  choice: ScopeChoice;
  setChoice: (change: Partial<ScopeChoice>) => void;
  scope: Scope;
  excludeInvalid: boolean;
  setExcludeInvalid: (exclude: boolean) => void;
  /** What the summary would say now; null before any source is read. */
  summary: ConsolidationSummary | null;
  /** What the selection rule decided for each source, by its id. */
  decisions: ReadonlyMap<string, FileDecision>;
  /** Set when no year was chosen and the files hold several: the year taken and the others left out. */
  yearNote: { year: number; others: string } | null;
  busy: "write" | null;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  write: () => Promise<void>;
}

export function useConsolidatePane(
  host: WorkbookHost,
  campaign: Campaign,
  lang: Lang,
  sources: Sources,
  question: ConfirmReplace,
): ConsolidatePaneState {
  const { firstYear, lastYear } = campaign.settings;
  const [choice, setChoiceState] = useState<ScopeChoice>({
    mode: "year",
    year: null,
    from: firstYear,
    to: lastYear,
  });
  const [excludeInvalid, setExcludeInvalid] = useState(false);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const { busy, during } = useBusy<"write">();
  const { given, givenIds } = sources;

  const job = useMemo<ConsolidateJob | null>(() => {
    if (given.length === 0) return null;
    const scope =
      choice.mode === "year"
        ? { year: choice.year ?? undefined }
        : { period: { from: Math.min(choice.from, choice.to), to: Math.max(choice.from, choice.to) } };
    return consolidateFiles(given, campaign, { ...scope, excludeInvalid, lang });
  }, [given, choice, campaign, excludeInvalid, lang]);
  const result = job?.result ?? null;

  const scope = useMemo<Scope>(() => {
    if (choice.mode === "period")
      return { mode: "period", from: Math.min(choice.from, choice.to), to: Math.max(choice.from, choice.to) };
    return { mode: "year", year: choice.year ?? result?.reviewYear ?? lastYear };
  }, [choice, result, lastYear]);

  const decisions = useMemo(
    () => new Map((job?.files ?? []).map((d, i) => [givenIds[i], d] as const)),
    [job, givenIds],
  );
  const yearNote = useMemo(() => {
    if (!job || job.yearChoice.how !== "latest" || job.yearChoice.yearsFound.length < 2) return null;
    const year = job.result.reviewYear;
    return { year, others: job.yearChoice.yearsFound.filter((y) => y !== year).join(", ") };
  }, [job]);

  const write = useCallback(
    () =>
      during("write", async () => {
        setNotice(null);
        if (!result) {
          setNotice({
            intent: "warning",
            title: "consolidate.error.noSources",
            body: "consolidate.hint.addSources",
          });
          return;
        }
        try {
          const plan = summaryPlan(result, campaign);
          const written = await host.writeSheets(plan, question.confirm);
          setNotice(
            writtenNotice(host, {
              intent: "success",
              title: "consolidate.written",
              params: { count: written.length, sheets: written.join(", ") },
            }),
          );
        } catch (error) {
          setNotice(errorNotice("consolidate.error.write", error));
        }
      }),
    [during, result, campaign, host, question.confirm],
  );

  return {
    choice,
    setChoice: useCallback(
      (change: Partial<ScopeChoice>) => setChoiceState((c) => ({ ...c, ...change })),
      [],
    ),
    scope,
    excludeInvalid,
    setExcludeInvalid,
    summary: useMemo(() => (result ? consolidationSummary(result) : null), [result]),
    decisions,
    yearNote,
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    write,
  };
}
