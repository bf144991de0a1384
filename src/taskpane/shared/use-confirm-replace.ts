import { useCallback, useRef, useState } from "react";

export interface ConfirmReplace {
  /** Passed to host.writeSheets: asks the user, resolves true to replace the existing sheets. */
  confirm: (existing: string[]) => Promise<boolean>;
  /** The sheets being asked about; null when no question is open. */
  asking: string[] | null;
  answer: (replace: boolean) => void;
}

/** The question "replace these sheets?" as state, so a Fluent Dialog can ask it. */
export function useConfirmReplace(): ConfirmReplace {
  const [asking, setAsking] = useState<string[] | null>(null);
  const resolver = useRef<((replace: boolean) => void) | null>(null);

  const confirm = useCallback((existing: string[]) => {
    // A question still open is answered "no": only one dialog at a time.
    resolver.current?.(false);
    setAsking(existing);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = useCallback((replace: boolean) => {
    resolver.current?.(replace);
    resolver.current = null;
    setAsking(null);
  }, []);

  return { confirm, asking, answer };
}
