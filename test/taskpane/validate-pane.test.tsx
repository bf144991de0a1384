/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import type { Finding } from "../../src/core/findings/finding";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import {
  mountSettled,
  button,
  settle,
  chooseOption,
  cleanup,
  click,
  getByText,
  textOf,
  waitFor,
} from "./helpers/dom";
import { fakeHost, type FakeHost } from "./helpers/fake-host";
import { mergeUnitWorkbooks } from "./helpers/merge-units";
import { batch2024, planOf } from "./helpers/samples";
import { CRITERIA_SHEET_NAMES } from "../../src/core/criteria/workbook/campaign-from-snapshot";

/** The criteria in force are read from their own sheets only. */
const CRITERIA_ONLY = { sheets: CRITERIA_SHEET_NAMES };

const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };
const files = batch2024();
const ttr = planToSnapshot(planOf(files, "TTr"), "TTr-2024.xlsx");
const vp = planToSnapshot(planOf(files, "VP"), "VP-2024.xlsx");

afterEach(cleanup);

async function render(host: FakeHost): Promise<HTMLElement> {
  const { container } = await mountSettled(<App host={EXCEL} workbook={host} />);
  const panel = container.querySelector<HTMLElement>("#panel-validate");
  if (!panel) throw new Error("no validate panel");
  return panel;
}

const findingButtons = (panel: HTMLElement): HTMLButtonElement[] => [
  ...panel.querySelectorAll<HTMLButtonElement>('ul[aria-label="Kết quả kiểm tra"] button'),
];
const status = (panel: HTMLElement): string => textOf(panel.querySelector('[role="status"]') as Element);

async function runValidation(panel: HTMLElement): Promise<void> {
  click(button(panel, "Kiểm tra"));
  await waitFor(() => status(panel).startsWith("Đã kiểm tra"), "the validation to finish");
}

describe("Kiểm tra pane", () => {
  it("validates the active sheet and lists the findings with severity, text and cell", async () => {
    const host = fakeHost({ workbook: ttr });
    const panel = await render(host);
    await runValidation(panel);
    // The criteria in force when the pane opened (their sheets only), then the active sheet's name and
    // the whole workbook: the form is validated with its table sheets.
    expect(host.argsOf("readSnapshot")).toEqual([[CRITERIA_ONLY], ["active"], ["all"]]);
    expect(status(panel)).toBe("Đã kiểm tra 1 biểu mẫu: 1 cần sửa trước khi gửi, 0 có thể gửi.");
    const verdicts = panel.querySelector('ul[aria-label="Các biểu mẫu đã kiểm tra"]') as HTMLElement;
    expect(textOf(verdicts)).toMatch(/^Thanh tra Sở\s*[1-9]\d* lỗi cần sửa trước khi gửi/);
    const fund = getByText(panel, "ul li", "bằng chữ", true);
    expect(textOf(fund)).toContain("Biểu mẫu!");
    expect(fund.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    expect(textOf(fund)).toMatch(/^Lỗi: /);
  });

  it("selects a finding's cell when it is clicked; each finding with a cell is a keyboard-operable button", async () => {
    const host = fakeHost({ workbook: ttr });
    const panel = await render(host);
    await runValidation(panel);
    const first = findingButtons(panel)[0];
    expect(first.type).toBe("button");
    first.focus();
    expect(document.activeElement).toBe(first);
    click(first);
    await waitFor(() => host.argsOf("selectCell").length === 1, "selectCell");
    const [sheet, cell] = host.argsOf("selectCell")[0] as [string, string];
    expect(textOf(first)).toContain(`${sheet}!${cell}`);
  });

  it("shows only the severity whose chip is pressed; none pressed shows all", async () => {
    const host = fakeHost({ workbook: ttr });
    const panel = await render(host);
    await runValidation(panel);
    const listed = () => [...panel.querySelectorAll('ul[aria-label="Kết quả kiểm tra"] li')].map(textOf);
    const all = listed();
    const errors = getByText<HTMLButtonElement>(panel, "button", "Lỗi (", true);
    const count = Number(/\((\d+)\)/.exec(textOf(errors))?.[1]);
    expect(errors.getAttribute("aria-pressed")).toBe("false");
    click(errors);
    expect(errors.getAttribute("aria-pressed")).toBe("true");
    expect(listed()).toHaveLength(count);
    expect(listed().every((t) => t.startsWith("Lỗi:"))).toBe(true);
    // Two chips pressed show both; the errors' chip released leaves the warnings alone (TTr has none).
    const warnings = getByText<HTMLButtonElement>(panel, "button", "Cảnh báo (", true);
    click(warnings);
    expect(listed()).toHaveLength(count);
    click(errors);
    expect(errors.getAttribute("aria-pressed")).toBe("false");
    expect(listed().every((t) => t.startsWith("Cảnh báo:"))).toBe(true);
    expect(listed()).toHaveLength(Number(/\((\d+)\)/.exec(textOf(warnings))?.[1]));
    click(warnings);
    expect(listed()).toEqual(all);
  });

  it("keeps the busy button focusable while checking, then moves the focus to the verdict", async () => {
    const host = fakeHost({ workbook: ttr });
    let open = (): void => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow: FakeHost = { ...host, readSnapshot: (scope) => gate.then(() => host.readSnapshot(scope)) };
    const panel = await render(slow);
    const run = button(panel, "Kiểm tra");
    run.focus();
    click(run);
    await settle();
    expect(run.disabled).toBe(false);
    expect(run.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(run);
    expect(status(panel)).toBe("Đang đọc và kiểm tra…");
    open();
    await waitFor(() => status(panel).startsWith("Đã kiểm tra"), "the validation to finish");
    const region = panel.querySelector('[role="region"][aria-label="Kết luận kiểm tra"]') as HTMLElement;
    expect(region.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(region);
    expect(textOf(region)).toContain("lỗi cần sửa trước khi gửi");
    expect(textOf(run)).toBe("Kiểm tra lại");
    expect(run.getAttribute("aria-disabled")).toBeNull();
  });

  it("validates the unit whose table sheet is active, and only that unit", async () => {
    const host = fakeHost({ workbook: mergeUnitWorkbooks([vp, ttr]), activeSheet: "Sáng kiến (2)" });
    const panel = await render(host);
    await runValidation(panel);
    expect(status(panel)).toMatch(/^Đã kiểm tra 1 biểu mẫu: [1-9]/);
    expect(textOf(panel)).toContain("Biểu mẫu (2)!");
    expect(textOf(panel)).not.toMatch(/Biểu mẫu![A-Z]/);
  });

  it("warns, and lists nothing, when the active sheet is no unit's form", async () => {
    const host = fakeHost({ workbook: vp, activeSheet: "Hướng dẫn" });
    const panel = await render(host);
    click(button(panel, "Kiểm tra"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the message bar");
    expect(textOf(panel.querySelector(".fui-MessageBar") as Element)).toMatch(
      /^Trang đang mở không thuộc biểu mẫu của đơn vị nào\. Hãy mở trang “Biểu mẫu” của đơn vị/,
    );
    expect(findingButtons(panel)).toEqual([]);
  });

  it("validates all unit sheets and filters by unit", async () => {
    const host = fakeHost({ workbook: mergeUnitWorkbooks([vp, ttr]) });
    const panel = await render(host);
    click(getByText(panel, "label", "Tất cả trang tính đơn vị"));
    await runValidation(panel);
    // The criteria in force when the pane opened, then the unit sheets.
    expect(host.argsOf("readSnapshot")).toEqual([[CRITERIA_ONLY], ["all"]]);
    expect(status(panel)).toMatch(/^Đã kiểm tra 2 biểu mẫu/);
    const unit = panel.querySelector<HTMLSelectElement>("select");
    if (!unit) throw new Error("no unit filter");
    expect([...unit.options].map((o) => o.text)).toEqual(["Tất cả 2 đơn vị", "Văn phòng Sở", "Thanh tra Sở"]);
    chooseOption(unit, "Biểu mẫu (2)");
    const items = [...panel.querySelectorAll('ul[aria-label="Kết quả kiểm tra"] li')].map(textOf);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((t) => t.includes("Thanh tra Sở"))).toBe(true);
  });

  it("marks the listed findings on the sheet and clears the marks, reporting the counts", async () => {
    const host = fakeHost({ workbook: ttr });
    const panel = await render(host);
    await runValidation(panel);
    click(button(panel, "Đánh dấu trên trang tính"));
    await waitFor(() => status(panel).startsWith("Đã đánh dấu"), "the marks");
    const marked = host.argsOf("markFindings")[0][0] as Finding[];
    expect(marked.length).toBe(findingButtons(panel).length);
    expect(marked.every((f) => f.sheet && f.cell)).toBe(true);
    expect(status(panel)).toBe(`Đã đánh dấu ${marked.length} ô trên trang tính.`);
    click(button(panel, "Xóa đánh dấu"));
    await waitFor(() => status(panel).startsWith("Đã xóa"), "the marks to be cleared");
    expect(status(panel)).toBe(`Đã xóa ${marked.length} dấu và trả lại định dạng cũ.`);
  });

  it("says what went wrong and what to do when the workbook cannot be read", async () => {
    // The error's own text goes to the console, not to the clerk.
    const consoleWarn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const host = fakeHost({ failing: { readSnapshot: new Error("RichApi.Error: The request failed") } });
    const panel = await render(host);
    click(button(panel, "Kiểm tra"));
    await waitFor(() => panel.querySelector(".fui-MessageBar") !== null, "the message bar");
    const bar = textOf(panel.querySelector(".fui-MessageBar") as Element);
    expect(bar).toContain("Không kiểm tra được.");
    // The error's own text is a library's: the pane says what to do instead.
    expect(bar).not.toContain("RichApi.Error");
    expect(bar).toContain("Hãy thử lại");
    expect(consoleWarn).toHaveBeenCalledWith(
      "thidua:",
      expect.objectContaining({ message: "RichApi.Error: The request failed" }),
    );
    consoleWarn.mockRestore();
  });

  it("switches to English and back, with the Vietnamese findings' diacritics intact", async () => {
    const host = fakeHost({ workbook: ttr });
    const { container } = await mountSettled(<App host={EXCEL} workbook={host} />);
    const panel = container.querySelector<HTMLElement>("#panel-validate") as HTMLElement;
    await runValidation(panel);
    const findings = (name: string) => [...panel.querySelectorAll(`ul[aria-label="${name}"] li`)].map(textOf);
    const vietnamese = findings("Kết quả kiểm tra");
    expect(vietnamese.join("\n")).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    click(getByText(container, "footer button", "English"));
    expect(button(panel, "Check again")).toBeDefined();
    expect(status(panel)).toBe("Checked 1 form: 1 to fix before sending, 0 ready to send.");
    const english = findings("Findings");
    expect(english[0]).toMatch(/^Error: /);
    expect(english).not.toEqual(vietnamese);
    click(getByText(container, "footer button", "Tiếng Việt"));
    const back = findings("Kết quả kiểm tra");
    expect(back).toEqual(vietnamese);
    expect(back.every((t) => t === t.normalize("NFC") && !t.includes("\uFFFD") && !/Ã|Æ|á»/.test(t))).toBe(
      true,
    );
  });
});
