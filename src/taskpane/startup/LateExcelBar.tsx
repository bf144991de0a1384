import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";

/** Shown when Excel answered after the pane had started outside it: one click reloads the pane inside Excel. */
export function LateExcelBar({ arrived, t }: { readonly arrived?: Promise<void>; readonly t: Translate }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let current = true;
    void arrived?.then(() => {
      if (current) setShown(true);
    });
    return () => {
      current = false;
    };
  }, [arrived]);
  if (!shown) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t("startup.lateExcel")}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={() => window.location.reload()}>
          {t("startup.reload")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
