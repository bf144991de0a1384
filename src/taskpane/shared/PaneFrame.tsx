import type { ReactNode } from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import { ROW_TABS, TAB_DESCRIPTION, TAB_LABEL, type TabId } from "../../jobs/tabs";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    // Nothing in a pane is wider than the pane: a select is as wide as its longest option otherwise.
    // A fieldset is as wide as its content, and a Fluent input at least 250 px, unless told otherwise.
    "& .fui-Field, & .fui-Select, & select, & .fui-Input, & fieldset": { minWidth: 0, maxWidth: "100%" },
    "& .fui-RadioGroup": { flexWrap: "wrap" },
    // The hidden attribute alone loses to display: flex.
    "&[hidden]": { display: "none" },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  // The pane's main action and its result stay in view at the bottom of a short pane while the rest scrolls.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
  /** The main action and its result, kept in view at the bottom. */
  readonly footer?: ReactNode;
}

/**
 * The tab panel of one pane and one line on what it does. No heading repeats the tab: the panel is labelled
 * by its tab, or by the tab's name when it opens from the button beside the tabs.
 */
export function PaneFrame({ tab, t, hidden, children, footer }: PaneFrameProps) {
  const styles = useStyles();
  const label = ROW_TABS.includes(tab)
    ? { "aria-labelledby": `tab-${tab}` }
    : { "aria-label": t(TAB_LABEL[tab]) };
  return (
    <section
      role="tabpanel"
      id={`panel-${tab}`}
      {...label}
      tabIndex={0}
      hidden={hidden}
      className={styles.panel}
    >
      <Caption1 as="p" className={styles.description}>
        {t(TAB_DESCRIPTION[tab])}
      </Caption1>
      {children}
      {footer === undefined ? null : <div className={styles.footer}>{footer}</div>}
    </section>
  );
}
