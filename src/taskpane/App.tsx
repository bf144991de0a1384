import { useEffect, useMemo, useState } from "react";
import {
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { AppHeader } from "./AppHeader";
import { OutsideExcelBanner } from "./OutsideExcelBanner";
import { PlannedPane } from "./PlannedPane";
import type { HostInfo } from "./host";
import { langFromLocale, makeT, type Lang } from "./i18n";
import { onTabRequested } from "./tab-request";
import { TAB_IDS, TAB_LABEL, isTabId, type TabId } from "./tabs";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  tabs: {
    flexWrap: "wrap",
  },
});

export interface AppProps {
  readonly host: HostInfo;
  /** The tab to open on, e.g. the one a ribbon command asked for. */
  readonly initialTab?: TabId;
}

export function App({ host, initialTab = "validate" }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => langFromLocale(host.displayLanguage));
  const [tab, setTab] = useState<TabId>(initialTab);
  const t = useMemo(() => makeT(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => onTabRequested(setTab), []);

  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.root}>
      <AppHeader t={t} lang={lang} onLangChange={setLang} />
      <main className={styles.main}>
        {host.kind === "excel" ? null : <OutsideExcelBanner t={t} />}
        <TabList
          className={styles.tabs}
          aria-label={t("tabs.label")}
          selectedValue={tab}
          onTabSelect={(_, data) => {
            if (isTabId(data.value)) setTab(data.value);
          }}
        >
          {TAB_IDS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
              {t(TAB_LABEL[id])}
            </Tab>
          ))}
        </TabList>
        <PlannedPane tab={tab} t={t} />
      </main>
    </FluentProvider>
  );
}
