import type { UiKey } from "../i18n/ui-text";

export const TAB_IDS = ["validate", "consolidate", "report", "template", "settings"] as const;
export type TabId = (typeof TAB_IDS)[number];

/** The tabs shown in the pane's one row; the rest open from a button beside it (room at 320 px). */
export const ROW_TABS: readonly TabId[] = ["validate", "consolidate", "report", "template"];

export function isTabId(value: unknown): value is TabId {
  return typeof value === "string" && (TAB_IDS as readonly string[]).includes(value);
}

export const TAB_LABEL: Record<TabId, UiKey> = {
  validate: "tab.validate",
  consolidate: "tab.consolidate",
  report: "tab.report",
  template: "tab.template",
  settings: "tab.settings",
};

export const TAB_DESCRIPTION: Record<TabId, UiKey> = {
  validate: "pane.validate.description",
  consolidate: "pane.consolidate.description",
  report: "pane.report.description",
  template: "pane.template.description",
  settings: "pane.settings.description",
};
