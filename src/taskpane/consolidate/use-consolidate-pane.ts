import { useCallback, useMemo, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import { buildSummaryPlan, consolidate, consolidationSummary } from "../../core/consolidation";
import type { Consolidation, ConsolidationSummary } from "../../core/consolidation";
import type { Lang } from "../../core/locale/lang";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { writtenNotice } from "../shared/browser-output";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import type { ConfirmReplace } from "../shared/use-confirm-replace";
import { useBusy } from "../shared/use-busy";
import { defaultYear, scopeOptions, type Scope } from "../../core/consolidation/scope";
import { timestamp } from "../workbook/today";
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
  const { inputs } = sources;

  const scope = useMemo<Scope>(
    () =>
      choice.mode === "year"
        ? { mode: "year", year: choice.year ?? defaultYear(inputs, campaign) }
        : { mode: "period", from: Math.min(choice.from, choice.to), to: Math.max(choice.from, choice.to) },
    [choice, inputs, campaign],
  );

  const result = useMemo<Consolidation | null>(
    () =>
      inputs.length === 0
        ? null
        : consolidate(inputs, campaign, { ...scopeOptions(scope), excludeInvalid, lang }),
    [inputs, campaign, scope, excludeInvalid, lang],
  );

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
          const plan = buildSummaryPlan(result, campaign, { generatedAt: timestamp() });
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
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    write,
  };
}
