/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { act } from "react";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { useValidatePane } from "../../src/taskpane/validate/use-validate-pane";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import { cleanup, renderHook } from "./helpers/dom";
import { fakeHost } from "./helpers/fake-host";
import { mergeUnitWorkbooks } from "./helpers/merge-units";
import { batch2024, planOf } from "./helpers/samples";

const batch = batch2024();
const workbook = mergeUnitWorkbooks([
  planToSnapshot(planOf(batch, "VP")),
  planToSnapshot(planOf(batch, "TTr")),
  planToSnapshot(planOf(batch, "HTKT")),
]);

afterEach(cleanup);

describe("useValidatePane, without its view", () => {
  it("validates every unit form, then narrows by unit and severity", async () => {
    const host = fakeHost({ workbook });
    const pane = renderHook(() => useValidatePane(host, DEFAULT_CAMPAIGN));
    act(() => pane.current().setScope("all"));
    await act(() => pane.current().run());
    const units = pane.current().units ?? [];
    expect(units.map((u) => u.label)).toEqual(["Văn phòng Sở", "Thanh tra Sở", "Phòng Hạ tầng kỹ thuật"]);
    const all = pane.current().visible.length;
    act(() => pane.current().setUnit("Biểu mẫu (2)"));
    expect(pane.current().visible.every((i) => i.unitLabel === "Thanh tra Sở")).toBe(true);
    expect(pane.current().counts.error).toBe(units[1].check.counts.error);
    act(() => pane.current().toggleSeverity("error"));
    expect(pane.current().visible.length).toBeGreaterThan(0);
    expect(pane.current().visible.every((i) => i.finding.severity === "error")).toBe(true);
    act(() => pane.current().setUnit(""));
    act(() => pane.current().toggleSeverity("error"));
    expect(pane.current().visible.length).toBe(all);
  });

  it("marks only the findings shown, and reports what the host marked and cleared", async () => {
    const host = fakeHost({ workbook });
    const pane = renderHook(() => useValidatePane(host, DEFAULT_CAMPAIGN));
    act(() => pane.current().setScope("all"));
    await act(() => pane.current().run());
    act(() => pane.current().setUnit("Biểu mẫu (2)"));
    await act(() => pane.current().mark());
    const [marked] = host.argsOf("markFindings")[0] as [{ sheet: string }[]];
    expect(new Set(marked.map((f) => f.sheet))).toEqual(new Set(["Biểu mẫu (2)"]));
    expect(pane.current().state.status).toEqual({
      key: "validate.status.marked",
      params: { count: marked.length },
    });
    await act(() => pane.current().clear());
    expect(pane.current().state.status).toEqual({
      key: "validate.status.cleared",
      params: { count: marked.length },
    });
  });

  it("turns a host failure into a message that says what to do", async () => {
    // The error's own text goes to the console, not to the clerk.
    const consoleWarn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const host = fakeHost({ workbook, failing: { selectCell: new Error("ItemNotFound") } });
    const pane = renderHook(() => useValidatePane(host, DEFAULT_CAMPAIGN));
    act(() => pane.current().setScope("all"));
    await act(() => pane.current().run());
    const item = pane.current().visible.find((i) => i.finding.cell !== undefined);
    if (!item) throw new Error("no finding with a cell");
    await act(() => pane.current().select(item));
    expect(pane.current().state.notice).toEqual({
      intent: "error",
      title: "validate.error.select",
      body: "error.retry",
    });
    expect(consoleWarn).toHaveBeenCalledWith("thidua:", expect.objectContaining({ message: "ItemNotFound" }));
    consoleWarn.mockRestore();
  });
});
