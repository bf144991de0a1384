import { Component, lazy, Suspense, type ReactNode } from "react";
import { Caption1, Spinner } from "@fluentui/react-components";
import type { Translate } from "../../i18n/ui-text";
import type { UnitChartsProps } from "./UnitCharts";

const UnitCharts = lazy(() =>
  import(/* webpackChunkName: "charts" */ "./UnitCharts").then((m) => ({ default: m.UnitCharts })),
);

/** When the charts' chunk cannot be loaded (offline, a proxy): one line, the board still says it all. */
class ChartsFailed extends Component<
  { readonly t: Translate; readonly children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <Caption1 role="note">{this.props.t("consolidate.chart.failed")}</Caption1>
    ) : (
      this.props.children
    );
  }
}

/** The charts, in their own chunk: loaded the first time the pane has a result to chart. */
export function LazyUnitCharts(props: UnitChartsProps) {
  // Fluent's charts lay out their legends with ResizeObserver; where it is missing they are not drawn.
  if (typeof ResizeObserver === "undefined") return null;
  return (
    <ChartsFailed t={props.t}>
      <Suspense fallback={<Spinner size="tiny" label={props.t("consolidate.chart.loading")} />}>
        <UnitCharts {...props} />
      </Suspense>
    </ChartsFailed>
  );
}
