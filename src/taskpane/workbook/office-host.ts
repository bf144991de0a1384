import type { NoticeSink } from "../../hosts/office/notices";
import type { WorkbookHost } from "../../hosts/workbook-host";

/** The Excel host, loaded in its own chunk only when the pane or a ribbon command runs inside Excel. */
export const loadOfficeHost = (notice?: NoticeSink): Promise<WorkbookHost> =>
  import(/* webpackChunkName: "office-host" */ "../../hosts/office").then((m) =>
    m.officeWorkbookHost({ notice }),
  );
