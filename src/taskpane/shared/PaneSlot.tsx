import { Suspense, type ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import type { TabId } from "../../jobs/tabs";
import { PaneFrame } from "./PaneFrame";

export interface PaneSlotProps {
  readonly tab: TabId;
  readonly t: Translate;
  readonly hidden: boolean;
  /** Whether the tab has been opened: until then only its empty panel exists (its tab points at it). */
  readonly opened: boolean;
  readonly children: ReactNode;
}

/** A lazily loaded pane: an empty panel until its tab is opened, a spinner while its code arrives. */
export function PaneSlot({ tab, t, hidden, opened, children }: PaneSlotProps) {
  const placeholder = (
    <PaneFrame tab={tab} t={t} hidden={hidden}>
      {opened ? <Spinner size="small" label={t("pane.loading")} /> : null}
    </PaneFrame>
  );
  return opened ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
