import { Body1 } from "@fluentui/react-components";
import type { Params, Translate, UiKey } from "../../i18n/ui-text";
import { usePaneStyles } from "./styles";

export interface StatusText {
  key: UiKey;
  params?: Params;
  /** Sentences said after this one, e.g. what else a check found. */
  then?: readonly StatusText[];
}

/** The status as one line of text in the current language. */
export function statusLine(status: StatusText, t: Translate): string {
  return [t(status.key, status.params), ...(status.then ?? []).map((s) => statusLine(s, t))].join(" ");
}

/** Progress and results read out by screen readers as they change, without taking the focus. */
export function LiveStatus({ status, t }: { readonly status: StatusText | null; readonly t: Translate }) {
  const styles = usePaneStyles();
  return (
    <Body1 as="p" role="status" aria-live="polite" className={styles.status}>
      {status ? statusLine(status, t) : ""}
    </Body1>
  );
}
