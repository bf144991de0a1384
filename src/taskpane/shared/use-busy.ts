import { useCallback, useState } from "react";

/** Which of a pane's actions is running, so its buttons can be disabled and show progress. */
export function useBusy<Action extends string>(): {
  busy: Action | null;
  during: (action: Action, job: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState<Action | null>(null);
  const during = useCallback(async (action: Action, job: () => Promise<void>) => {
    setBusy(action);
    try {
      await job();
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, during };
}
