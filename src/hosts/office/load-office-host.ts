import type { NoticeSink } from "./notices";
import type { WorkbookHost } from "../workbook-host";

/** The Excel host, loaded in its own chunk only when the pane or a ribbon command runs inside Excel. */
export const loadOfficeHost = (notice?: NoticeSink): Promise<WorkbookHost> =>
  import(/* webpackChunkName: "office-host" */ "./index").then((m) => m.officeWorkbookHost({ notice }));
