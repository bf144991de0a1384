import type { Campaign } from "../../core/campaign/model";
import type { Lang } from "../../core/locale/lang";
import type { WorkbookHost } from "../../hosts/workbook-host";
import type { Translate } from "../../i18n/ui-text";
import type { HostCapabilities } from "../workbook/capabilities";

/** What every pane gets from the App: the workbook, the campaign as its settings change it, the language. */
export interface PaneProps {
  readonly host: WorkbookHost;
  /** What the pane can do with that host, decided once by the App. */
  readonly can: HostCapabilities;
  readonly campaign: Campaign;
  readonly lang: Lang;
  readonly t: Translate;
  readonly hidden: boolean;
}
