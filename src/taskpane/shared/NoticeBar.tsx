import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Lang } from "../../core/locale/lang";
import type { Translate } from "../i18n";
import type { PaneNotice } from "./pane-notice";

export interface NoticeBarProps {
  readonly notice: PaneNotice | null;
  readonly t: Translate;
  readonly lang: Lang;
  readonly onDismiss?: () => void;
}

export function NoticeBar({ notice, t, lang, onDismiss }: NoticeBarProps) {
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
      {onDismiss ? (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {t("action.dismiss")}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
