import { lazy } from "react";

/*
 * Every pane but Kiểm tra is loaded when its tab is first opened: the summary, report and template code
 * (and Fluent's Dialog) stay out of the bundle the pane starts with.
 */
export const ConsolidatePane = lazy(() =>
  import(/* webpackChunkName: "pane-consolidate" */ "./consolidate/ConsolidatePane").then((m) => ({
    default: m.ConsolidatePane,
  })),
);
export const ReportPane = lazy(() =>
  import(/* webpackChunkName: "pane-report" */ "./report/ReportPane").then((m) => ({
    default: m.ReportPane,
  })),
);
export const TemplatePane = lazy(() =>
  import(/* webpackChunkName: "pane-template" */ "./template/TemplatePane").then((m) => ({
    default: m.TemplatePane,
  })),
);
export const SettingsPane = lazy(() =>
  import(/* webpackChunkName: "pane-settings" */ "./settings/SettingsPane").then((m) => ({
    default: m.SettingsPane,
  })),
);
