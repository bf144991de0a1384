import { useCallback, useRef, useState } from "react";
import { WriteCancelledError } from "../../hosts/workbook-host";

/** The three ways out of "replace these sheets?". */
export type ReplaceAnswer = "replace" | "keep" | "cancel";

export interface ConfirmReplace {
  /**
   * Passed to host.writeSheets: asks the user; resolves true to replace the existing sheets, false to write
   * under new names, and rejects with WriteCancelledError (nothing is written) on cancel.
   */
  confirm: (existing: string[]) => Promise<boolean>;
  /** The sheets being asked about; null when no question is open. */
  asking: string[] | null;
  answer: (choice: ReplaceAnswer) => void;
}

/** The question "replace these sheets?" as state, so a Fluent Dialog can ask it. */
export function useConfirmReplace(): ConfirmReplace {
  const [asking, setAsking] = useState<string[] | null>(null);
  const resolver = useRef<((choice: ReplaceAnswer) => void) | null>(null);

  const confirm = useCallback((existing: string[]) => {
    // A question still open is cancelled: only one dialog at a time.
    resolver.current?.("cancel");
    setAsking(existing);
    return new Promise<boolean>((resolve, reject) => {
      resolver.current = (choice) =>
        choice === "cancel" ? reject(new WriteCancelledError()) : resolve(choice === "replace");
    });
  }, []);

  const answer = useCallback((choice: ReplaceAnswer) => {
    resolver.current?.(choice);
    resolver.current = null;
    setAsking(null);
  }, []);

  return { confirm, asking, answer };
}
