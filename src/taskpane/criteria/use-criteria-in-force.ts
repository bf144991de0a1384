import { createContext, useCallback, useEffect, useState } from "react";
import { defaultCriteria, type CriteriaInForce } from "../../core/criteria/workbook/criteria-in-force";
import type { WorkbookHost } from "../../hosts/workbook-host";

export interface CriteriaState {
  readonly inForce: CriteriaInForce;
  readonly loading: boolean;
  /** The workbook could not be read: the default is in force until a reload succeeds. */
  readonly failed: boolean;
  readonly reload: () => void;
}

/** The criteria in force, for the component that shows them in each pane (CriteriaInForceBar). */
export const CriteriaContext = createContext<CriteriaState | null>(null);

const same = (a: CriteriaInForce, b: CriteriaInForce): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The criteria every pane works with, read from the open workbook when the pane opens, again when the
 * user comes back to the pane (after editing the criteria sheets in the grid) and on request. A read
 * that finds what was already in force keeps the same object, so the panes do not redo their work.
 */
export function useCriteriaInForce(host: WorkbookHost): CriteriaState {
  const [state, setState] = useState(() => ({
    inForce: defaultCriteria(),
    loading: host.kind === "excel",
    failed: false,
  }));
  // Bumped to read the workbook again.
  const [request, setRequest] = useState(0);
  const reload = useCallback(() => {
    if (host.kind !== "excel") return;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    setRequest((n) => n + 1);
  }, [host]);

  useEffect(() => {
    if (host.kind !== "excel") return;
    let current = true;
    // Loaded on first use: outside Excel the default is in force and the criteria readers are never needed.
    import(/* webpackChunkName: "criteria-in-force" */ "../../jobs/criteria-in-force")
      .then(({ loadCriteriaInForce }) => loadCriteriaInForce(host))
      .then((inForce) => {
        if (!current) return;
        setState((s) => ({
          inForce: same(s.inForce, inForce) ? s.inForce : inForce,
          loading: false,
          failed: false,
        }));
      })
      .catch(() => {
        if (current) setState((s) => ({ ...s, loading: false, failed: true }));
      });
    return () => {
      current = false;
    };
  }, [host, request]);
  useEffect(() => {
    window.addEventListener("focus", reload);
    return () => window.removeEventListener("focus", reload);
  }, [reload]);

  return { ...state, reload };
}
