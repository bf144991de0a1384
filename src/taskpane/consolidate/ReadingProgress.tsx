import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { LiveStatus } from "../shared/LiveStatus";
import type { Sources } from "./use-sources";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  bar: {
    flexGrow: 1,
    minWidth: 0,
  },
});

/**
 * Fluent's progress pattern: the count as the bar's label above it ("Đang đọc 17/62 tệp"), the bar, and a
 * button that stops reading and keeps the files read. The live region says only that reading started and
 * how it ended, not every file.
 */
export function ReadingProgress({ sources, t }: { readonly sources: Sources; readonly t: Translate }) {
  const styles = useStyles();
  const { done, total } = sources.progress;
  return (
    <>
      {sources.reading && total > 0 ? (
        <div className={styles.row}>
          <Field className={styles.bar} label={t("consolidate.reading.progress", { done, total })}>
            <ProgressBar value={done} max={total} thickness="large" />
          </Field>
          <Button onClick={sources.cancel}>{t("consolidate.reading.cancel")}</Button>
        </div>
      ) : null}
      <LiveStatus status={sources.announcement} t={t} />
    </>
  );
}
