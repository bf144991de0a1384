import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import type { FileDecision } from "../../jobs/select-inputs";
import { notUsedGroups } from "./unit-board";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: "1.2em",
    overflowWrap: "anywhere",
  },
});

/** Names shown per reason before "and N more": the file rows below give every one. */
const SHOWN = 3;

/** A plain warning, above the file list, of the files that will not be used and why. */
export function NotUsedWarning({
  t,
  notUsed,
}: {
  readonly t: Translate;
  readonly notUsed: readonly FileDecision[];
}) {
  const styles = useStyles();
  const groups = notUsedGroups(notUsed);
  if (groups.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{t("consolidate.notUsed.title", { count: notUsed.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {groups.map((g) => {
            const names = g.files.slice(0, SHOWN).join(", ");
            const more = g.files.length - SHOWN;
            return (
              <li key={`${g.reason.key}-${JSON.stringify(g.reason.params)}`}>
                {t("consolidate.notUsed.group", {
                  reason: t(g.reason.key, g.reason.params),
                  count: g.files.length,
                  files: more > 0 ? t("consolidate.notUsed.andMore", { files: names, more }) : names,
                })}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
