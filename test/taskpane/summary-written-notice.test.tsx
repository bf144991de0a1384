/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { createBrowserHost } from "../../src/hosts/browser";
import type { SheetPlan } from "../../src/core/workbook-model/plan";
import { makeT, translate } from "../../src/i18n/ui-text";
import { summaryWrittenNotice } from "../../src/taskpane/consolidate/summary-written-notice";
import { DownloadAgain } from "../../src/taskpane/shared/browser-output";
import { cleanup, mount, queryByText } from "./helpers/dom";

afterEach(cleanup);

const sheet = (name: string, rowsLeftOut?: number): SheetPlan => ({ name, blocks: [], rowsLeftOut });

describe("what the pane says once the summary is written", () => {
  it("lists the sheets written, a success when each holds all its rows", () => {
    const notice = summaryWrittenNotice({ sheets: [sheet("Tổng hợp"), sheet("Sáng kiến")] }, [
      "Tổng hợp",
      "Sáng kiến",
    ]);
    expect(notice).toEqual({
      intent: "success",
      title: "consolidate.written",
      params: { count: 2, sheets: "Tổng hợp, Sáng kiến" },
    });
  });

  it("warns about the sheets that could not hold all their rows, by the names they were written under", () => {
    const plan = { sheets: [sheet("Tổng hợp"), sheet("Kết quả kiểm tra", 12_345)] };
    const notice = summaryWrittenNotice(plan, ["Tổng hợp (2)", "Kết quả kiểm tra (2)"]);
    expect(notice.intent).toBe("warning");
    expect(translate("vi", notice.title, notice.params)).toBe(
      "Đã ghi 2 trang tổng hợp: Tổng hợp (2), Kết quả kiểm tra (2). Không chứa hết các dòng, vì vượt quá dòng cuối của Excel: Kết quả kiểm tra (2); dòng cuối của mỗi trang này ghi số dòng không ghi được (các dòng đó vẫn có trong tệp của từng đơn vị).",
    );
    expect(translate("en", notice.title, notice.params)).toContain(
      "Wrote 2 summary sheets: Tổng hợp (2), Kết quả kiểm tra (2). Could not hold all their rows",
    );
  });

  it("still offers the downloaded workbook again outside Excel when it warns", () => {
    const host = createBrowserHost({ storage: null, download: () => undefined });
    const notice = {
      ...summaryWrittenNotice({ sheets: [sheet("Kết quả kiểm tra", 3)] }, ["Kết quả kiểm tra"]),
      body: "output.downloaded" as const,
      params: { fileName: "tong-hop-2024.xlsx" },
    };
    const { container } = mount(<DownloadAgain host={host} notice={notice} t={makeT("vi")} />);
    expect(queryByText(container, "button", "Tải xuống lần nữa")).toBeDefined();
  });
});
