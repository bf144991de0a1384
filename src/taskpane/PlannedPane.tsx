import { Body1, Caption1Stronger, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "./i18n";
import { TAB_DESCRIPTION, TAB_LABEL, type TabId } from "./tabs";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  heading: {
    margin: 0,
  },
  planned: {
    color: tokens.colorNeutralForeground3,
  },
});

/** What a tab will do, until its pane is built. */
export function PlannedPane({ tab, t }: { readonly tab: TabId; readonly t: Translate }) {
  const styles = useStyles();
  return (
    <section
      role="tabpanel"
      id={`panel-${tab}`}
      aria-labelledby={`tab-${tab}`}
      tabIndex={0}
      className={styles.panel}
    >
      <Subtitle2 as="h2" className={styles.heading}>
        {t(TAB_LABEL[tab])}
      </Subtitle2>
      <Body1 as="p">{t(TAB_DESCRIPTION[tab])}</Body1>
      <Caption1Stronger as="p" className={styles.planned}>
        {t("pane.planned")}
      </Caption1Stronger>
    </section>
  );
}
