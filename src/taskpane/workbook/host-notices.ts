import type { HostNotice, NoticeSink } from "../../hosts/office/notices";

export type HostNoticeListener = (notice: HostNotice) => void;

/** Carries what the Excel host skipped (an API this Excel lacks) to whoever shows it: the pane or a command. */
export interface HostNoticeChannel {
  sink: NoticeSink;
  subscribe: (listener: HostNoticeListener) => () => void;
}

export function hostNoticeChannel(): HostNoticeChannel {
  const listeners = new Set<HostNoticeListener>();
  return {
    sink: (notice) => listeners.forEach((listener) => listener(notice)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
