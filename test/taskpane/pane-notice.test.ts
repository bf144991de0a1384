import { HostError } from "../../src/hosts/office/errors";
import { errorNotice } from "../../src/taskpane/shared/pane-notice";

describe("a failure as a message bar", () => {
  afterEach(() => jest.restoreAllMocks());

  it("says a host's error in the catalogue's words; what failed under it goes to the console", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const office = new Error("GeneralException: An internal error has occurred.");
    const error = new HostError("settings-not-saved", {}, "Settings not saved", { cause: office });
    const notice = errorNotice("consolidate.error.write", error);
    expect(notice.detail?.vi).toBe("Không lưu được cài đặt vào sổ. Thử lưu sổ rồi làm lại.");
    expect(JSON.stringify(notice)).not.toContain("GeneralException");
    expect(warn).toHaveBeenCalledWith("thidua:", error);
  });

  it("logs nothing for a host's error that has no failure under it", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    errorNotice("consolidate.error.write", new HostError("sheet-missing", { sheet: "Biểu mẫu" }, "no sheet"));
    expect(warn).not.toHaveBeenCalled();
  });
});
