import { useCallback, useMemo, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import { consolidationSummary, type ConsolidationSummary } from "../../core/consolidation";
import type { Lang } from "../../core/locale/lang";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { writtenNotice } from "../shared/browser-output";
import { summaryWrittenNotice } from "./summary-written-notice";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import type { ConfirmReplace } from "../shared/use-confirm-replace";
import { useBusy } from "../shared/use-busy";
import type { Scope } from "../../core/consolidation/scope";
import { consolidateFiles, summaryPlan, type ConsolidateJob } from "../../jobs/consolidate-files";
import { summaryFileName } from "../../jobs/output-names";
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
  /** The consolidation of the files read so far (of none: every unit missing), for the board. */
  job: ConsolidateJob;
  /** What the summary would say now. */
  summary: ConsolidationSummary;
  /** The file the summary is downloaded as outside Excel ("tong-hop-2024.xlsx"). */
  fileName: string;
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

  const job = useMemo<ConsolidateJob>(() => {
    const scope =
      choice.mode === "year"
        ? { year: choice.year ?? undefined }
        : { period: { from: Math.min(choice.from, choice.to), to: Math.max(choice.from, choice.to) } };
    return consolidateFiles(given, campaign, { ...scope, excludeInvalid, lang });
  }, [given, choice, campaign, excludeInvalid, lang]);
  const result = given.length > 0 ? job.result : null;

  const scope = useMemo<Scope>(() => {
    if (choice.mode === "period")
      return { mode: "period", from: Math.min(choice.from, choice.to), to: Math.max(choice.from, choice.to) };
    return { mode: "year", year: choice.year ?? job.result.reviewYear ?? lastYear };
  }, [choice, job, lastYear]);
  const fileName = summaryFileName(scope);

  const decisions = useMemo(
    () => new Map(job.files.map((d, i) => [givenIds[i], d] as const)),
    [job, givenIds],
  );
  const yearNote = useMemo(() => {
    if (job.yearChoice.how !== "latest" || job.yearChoice.yearsFound.length < 2) return null;
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
          const written = await host.writeSheets(plan, question.confirm, { fileName });
          setNotice(writtenNotice(host, summaryWrittenNotice(plan, written)));
        } catch (error) {
          setNotice(errorNotice("consolidate.error.write", error));
        }
      }),
    [during, result, campaign, host, question.confirm, fileName],
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
    job,
    summary: useMemo(() => consolidationSummary(job.result), [job]),
    fileName,
    decisions,
    yearNote,
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    write,
  };
}
