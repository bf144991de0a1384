import { useCallback, useEffect, useMemo, useState } from "react";
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../hosts/workbook-host";
import { AppFooter } from "./AppFooter";
import { OutsideExcelBanner } from "./OutsideExcelBanner";
import { useSources } from "./consolidate/use-sources";
import type { HostInfo } from "./host";
import { langFromLocale, makeT, type Lang } from "../i18n/ui-text";
import { ConsolidatePane, ReportPane, SettingsPane, TemplatePane } from "./lazy-panes";
import { HostNoticeBars } from "./shared/HostNoticeBars";
import { PaneSlot } from "./shared/PaneSlot";
import { useStoredSettings } from "./settings/use-stored-settings";
import { CriteriaContext, useCriteriaInForce } from "./criteria/use-criteria-in-force";
import type { PaneProps } from "./shared/pane-props";
import { onTabRequested } from "../jobs/tab-request";
import { TAB_LABEL, type TabId } from "../jobs/tabs";
import { TabBar } from "./TabBar";
import { ValidatePane } from "./validate/ValidatePane";
import type { HostNoticeChannel } from "./workbook/host-notices";
import { noWorkbookHost } from "./workbook/unavailable-host";
import { capabilitiesOf } from "./workbook/capabilities";
import { LateExcelBar } from "./startup/LateExcelBar";
import { useRememberedChoices } from "./startup/use-remembered-choices";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  // For screen readers: the page's title, shown in the footer.
  title: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface AppProps {
  readonly host: HostInfo;
  /** The workbook the panes work on: the open one in Excel; outside Excel, none yet. */
  readonly workbook?: WorkbookHost;
  /** What the workbook's host could not do in this Excel, shown until dismissed. */
  readonly hostNotices?: HostNoticeChannel["subscribe"];
  /** The tab a ribbon command asked for; otherwise the pane opens on the last tab used. */
  readonly initialTab?: TabId;
  /** Settles when office.js arrived too late and this turns out to be Excel: the pane offers to reload. */
  readonly lateExcel?: Promise<void>;
}

export function App({ host, workbook: given, hostNotices, initialTab, lateExcel }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(() => langFromLocale(host.displayLanguage));
  const [tab, setTab] = useState<TabId>(initialTab ?? "validate");
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set([initialTab ?? "validate"]));
  const t = useMemo(() => makeT(lang), [lang]);
  const workbook = useMemo(() => given ?? noWorkbookHost(), [given]);
  const can = useMemo(() => capabilitiesOf(workbook), [workbook]);
  // The open workbook's criteria sheets when it holds them, else the built-in default (jobs/criteria-in-force).
  const criteria = useCriteriaInForce(workbook);
  const stored = useStoredSettings(workbook, criteria.inForce.campaign);
  const { campaign, remember } = stored;
  const sources = useSources(workbook, campaign);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const open = useCallback(
    (next: TabId) => {
      setTab(next);
      setOpened((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
      remember("pane_tab", next);
    },
    [remember],
  );
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      remember("pane_lang", next);
    },
    [remember],
  );
  useEffect(() => onTabRequested(open), [open]);
  useRememberedChoices(stored, { lang: setLangState, tab: initialTab ? undefined : open });

  const pane = (id: TabId): PaneProps => ({ host: workbook, can, campaign, lang, t, hidden: tab !== id });
  const slot = (id: TabId) => ({ tab: id, t, hidden: tab !== id, opened: opened.has(id) });
  const page = (
    // The layout sits on a div of its own: the provider's classes also go to its portals (dialogs, tooltips),
    // which must not take a full-height root.
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <h1 className={styles.title}>{`${t("app.title")} · ${t(TAB_LABEL[tab])}`}</h1>
        <TabBar t={t} tab={tab} onOpen={open} />
        <main className={styles.main}>
          {host.kind === "excel" ? null : <OutsideExcelBanner t={t} />}
          <LateExcelBar arrived={lateExcel} t={t} />
          <HostNoticeBars subscribe={hostNotices} t={t} lang={lang} />
          <ValidatePane {...pane("validate")} />
          <PaneSlot {...slot("consolidate")}>
            <ConsolidatePane {...pane("consolidate")} sources={sources} />
          </PaneSlot>
          <PaneSlot {...slot("report")}>
            <ReportPane {...pane("report")} settings={stored.settings} inputs={sources.inputs} />
          </PaneSlot>
          <PaneSlot {...slot("template")}>
            <TemplatePane {...pane("template")} />
          </PaneSlot>
          <PaneSlot {...slot("settings")}>
            <SettingsPane {...pane("settings")} stored={stored} />
          </PaneSlot>
        </main>
        <AppFooter t={t} lang={lang} onLangChange={setLang} />
      </div>
    </FluentProvider>
  );
  return <CriteriaContext.Provider value={criteria}>{page}</CriteriaContext.Provider>;
}
