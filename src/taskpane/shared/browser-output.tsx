import { useSyncExternalStore } from "react";
import { Button } from "@fluentui/react-components";
import { isBrowserHost, type BrowserHostState } from "../../hosts/browser";
import type { WorkbookHost } from "../../hosts/workbook-host";
import type { Translate } from "../../i18n/ui-text";
import type { PaneNotice } from "./pane-notice";

const NO_STATE: BrowserHostState = { files: [], outputs: [] };
const noSubscription = (): (() => void) => () => undefined;

/** The browser host's files and produced workbook; null in Excel. */
export function useBrowserState(host: WorkbookHost): BrowserHostState | null {
  const browser = isBrowserHost(host) ? host : null;
  const state = useSyncExternalStore(
    browser ? browser.subscribe : noSubscription,
    browser ? browser.getState : () => NO_STATE,
  );
  return browser ? state : null;
}

/** A write's success notice; in the browser it also says which workbook was downloaded. */
export function writtenNotice(host: WorkbookHost, notice: PaneNotice): PaneNotice {
  if (!isBrowserHost(host)) return notice;
  const fileName = host.getState().output?.fileName;
  if (fileName === undefined) return notice;
  return { ...notice, body: "output.downloaded", params: { ...notice.params, fileName } };
}

/**
 * "Tải xuống lần nữa" on a write's notice in the browser (a success, or a warning about what the workbook
 * could not hold): offers that notice's workbook again.
 */
export function DownloadAgain({
  host,
  notice,
  t,
}: {
  readonly host: WorkbookHost;
  readonly notice: PaneNotice | null;
  readonly t: Translate;
}) {
  if (!isBrowserHost(host) || notice?.body !== "output.downloaded") return null;
  return (
    <Button
      appearance="transparent"
      size="small"
      onClick={() => host.downloadOutput(String(notice.params?.fileName ?? ""))}
    >
      {t("output.downloadAgain.file")}
    </Button>
  );
}
