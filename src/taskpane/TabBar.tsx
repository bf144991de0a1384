import { Tab, TabList, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import type { Translate } from "../i18n/ui-text";
import { ROW_TABS, TAB_LABEL, isTabId, type TabId } from "../jobs/tabs";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Fluent's tab list does not shrink; at 200 % zoom it must, and its tabs wrap.
  tabs: {
    flexWrap: "wrap",
    flexGrow: 1,
    flexShrink: 1,
    minWidth: 0,
  },
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  settings: {
    flexShrink: 0,
  },
});

export interface TabBarProps {
  readonly t: Translate;
  readonly tab: TabId;
  readonly onOpen: (tab: TabId) => void;
}

/** Four tabs on one row and the settings button beside them. */
export function TabBar({ t, tab, onOpen }: TabBarProps) {
  const styles = useStyles();
  const settingsLabel = t(TAB_LABEL.settings);
  return (
    <div className={styles.bar}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t("tabs.label")}
        selectedValue={ROW_TABS.includes(tab) ? tab : null}
        onTabSelect={(_, data) => {
          if (isTabId(data.value)) onOpen(data.value);
        }}
      >
        {ROW_TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} className={styles.tab}>
            {t(TAB_LABEL[id])}
          </Tab>
        ))}
      </TabList>
      <ToggleButton
        className={styles.settings}
        appearance="subtle"
        size="small"
        icon={<SettingsRegular />}
        checked={tab === "settings"}
        aria-controls="panel-settings"
        onClick={() => onOpen("settings")}
        aria-label={settingsLabel}
        // A native tooltip: Fluent's Tooltip would bring its positioning code into the first download.
        title={settingsLabel}
      />
    </div>
  );
}
