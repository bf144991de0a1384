import type { ReactNode } from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { TAB_DESCRIPTION, TAB_LABEL, type TabId } from "../../jobs/tabs";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // The hidden attribute alone loses to display: flex.
    "&[hidden]": { display: "none" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  heading: {
    margin: 0,
  },
  description: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
});

export interface PaneFrameProps {
  readonly tab: TabId;
  readonly t: Translate;
  /** Panes stay mounted when another tab is shown, so their results survive a tab switch. */
  readonly hidden: boolean;
  readonly children: ReactNode;
}

/** The tab panel of one pane: labelled by its tab, with its heading and what it does. */
export function PaneFrame({ tab, t, hidden, children }: PaneFrameProps) {
  const styles = useStyles();
  return (
    <section
      role="tabpanel"
      id={`panel-${tab}`}
      aria-labelledby={`tab-${tab}`}
      tabIndex={0}
      hidden={hidden}
      className={styles.panel}
    >
      <Subtitle2 as="h2" className={styles.heading}>
        {t(TAB_LABEL[tab])}
      </Subtitle2>
      <Body1 as="p" className={styles.description}>
        {t(TAB_DESCRIPTION[tab])}
      </Body1>
      {children}
    </section>
  );
}
