import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core/locale/lang";
import type { Translate } from "../../i18n/ui-text";
import type { PaneNotice } from "./pane-notice";

export interface NoticeBarProps {
  readonly notice: PaneNotice | null;
  readonly t: Translate;
  readonly lang: Lang;
  readonly onDismiss?: () => void;
  /** Buttons shown before "dismiss", e.g. "download again". */
  readonly actions?: ReactNode;
}

export function NoticeBar({ notice, t, lang, onDismiss, actions }: NoticeBarProps) {
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      politeness={notice.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(notice.title, notice.params)}</MessageBarTitle>
        {notice.detail ? ` ${notice.detail[lang]}` : notice.body ? ` ${t(notice.body, notice.params)}` : null}
      </MessageBarBody>
      {onDismiss || actions ? (
        <MessageBarActions>
          {actions}
          {onDismiss ? (
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              {t("action.dismiss")}
            </Button>
          ) : null}
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
