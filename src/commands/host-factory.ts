import type { NoticeSink } from "../hosts/office/notices";
import type { WorkbookHost } from "../hosts/workbook-host";
import { loadOfficeHost } from "../hosts/office/load-office-host";

/** Makes the workbook host a command works on; `notice` hears what this Excel could not do. */
export type HostFactory = (notice: NoticeSink) => Promise<WorkbookHost>;

let factory: HostFactory = loadOfficeHost;

/** Tests put a fake workbook here; without an argument, the Excel host is used again. */
export function setHostFactory(next?: HostFactory): void {
  factory = next ?? loadOfficeHost;
}

export function workbookHost(notice: NoticeSink): Promise<WorkbookHost> {
  return factory(notice);
}
