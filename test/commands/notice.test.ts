/** @jest-environment jsdom */
import { noticeUrl, readNotice } from "../../src/commands/notice";
import { renderNoticePage } from "../../src/commands/notice-page";

describe("the notice dialog page", () => {
  it("round-trips through its URL", () => {
    const url = noticeUrl("https://localhost:3000/commands.html?x=1#top", { tab: "consolidate", lang: "en" });
    expect(url).toBe("https://localhost:3000/commands.html?notice=consolidate&lang=en");
    expect(readNotice(new URL(url).search)).toEqual({ tab: "consolidate", lang: "en" });
  });

  it("is not a notice without a known tab, and is Vietnamese without a known language", () => {
    expect(readNotice("")).toBeNull();
    expect(readNotice("?notice=everything")).toBeNull();
    expect(readNotice("?notice=validate&lang=fr")).toEqual({ tab: "validate", lang: "vi" });
  });

  it("says which button to press and which tab the pane will open on, with Close focused", () => {
    renderNoticePage(document, { tab: "validate", lang: "vi" });
    expect(document.documentElement.lang).toBe("vi");
    expect(document.querySelector("main p")?.textContent).toBe(
      "Nút này chưa tự mở được ngăn tác vụ. Hãy bấm nút “Thi đua” trên thẻ Trang đầu: ngăn sẽ mở ở thẻ “Kiểm tra”.",
    );
    const close = document.querySelector("button");
    expect(close?.textContent).toBe("Đóng");
    expect(document.activeElement).toBe(close);
  });

  it("carries a command's result, shown above where to find the details", () => {
    const notice = {
      tab: "validate",
      lang: "vi",
      title: "Có lỗi cần sửa",
      message: "Trang “Biểu mẫu”: 3 lỗi.",
    } as const;
    const url = noticeUrl("https://localhost:3000/commands.html", notice);
    expect(readNotice(new URL(url).search)).toEqual(notice);
    renderNoticePage(document, notice);
    expect(document.title).toBe("Có lỗi cần sửa");
    expect(document.querySelector("h1")?.textContent).toBe("Có lỗi cần sửa");
    expect([...document.querySelectorAll("main p")].map((p) => p.textContent)).toEqual([
      "Trang “Biểu mẫu”: 3 lỗi.",
      "Xem chi tiết: bấm nút “Thi đua” trên thẻ Trang đầu, ngăn sẽ mở ở thẻ “Kiểm tra”.",
    ]);
    expect(document.activeElement).toBe(document.querySelector("button"));
  });
});
