import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Translate } from "../i18n/ui-text";

const useStyles = makeStyles({
  // A single-line bar cuts its text off; this one wraps if the pane is narrower than the line (200 % zoom).
  body: {
    whiteSpace: "normal",
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** One line saying the page works on files, not a workbook; dismissed for the rest of the visit. */
export function OutsideExcelBanner({ t }: { readonly t: Translate }) {
  const styles = useStyles();
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  return (
    <MessageBar intent="info" layout="singleline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle className={styles.body}>{t("banner.outsideExcel.title")}</MessageBarTitle>{" "}
        {t("banner.outsideExcel.short")}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissRegular />}
            aria-label={t("banner.outsideExcel.dismiss")}
            onClick={() => setShown(false)}
          />
        }
      />
    </MessageBar>
  );
}
