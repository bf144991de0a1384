import type { Campaign } from "../../core/campaign/model";
import type { Lang } from "../../core/locale/lang";
import type { WorkbookHost } from "../../hosts/workbook-host";
import type { Translate } from "../../i18n/ui-text";

/** What every pane gets from the App: the workbook, the campaign as its settings change it, the language. */
export interface PaneProps {
  readonly host: WorkbookHost;
  readonly campaign: Campaign;
  readonly lang: Lang;
  readonly t: Translate;
  readonly hidden: boolean;
}
