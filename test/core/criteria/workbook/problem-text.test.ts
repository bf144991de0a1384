import { ProblemLog } from "../../../../src/core/criteria/workbook/problems";
import { criteriaText, quotedList } from "../../../../src/core/criteria/workbook/problem-text";

describe("a criteria workbook's problems, from the catalogue", () => {
  it("are written in both languages, with the place first, and keep their key and parameters", () => {
    const log = new ProblemLog();
    log.error({ sheet: "Quy tắc", row: 7, column: "C", position: 5 }, "rules.bad-target", {
      target: "b99",
      id: "r1",
    });
    expect(log.problems).toEqual([
      {
        sheet: "Quy tắc",
        row: 7,
        column: "C",
        severity: "error",
        key: "rules.bad-target",
        params: { target: "b99", id: "r1" },
        message:
          "Quy tắc, dòng 7, vị trí 5: “b99” không phải id trường, mã bảng hay bảng.cột; bỏ quy tắc “r1”.",
        messageEn:
          "Sheet “Quy tắc”, row 7, position 5: “b99” is not a field, a table or a table column; rule “r1” left out.",
      },
    ]);
  });

  it("leave out the row for a problem about the whole sheet", () => {
    const log = new ProblemLog();
    log.warning({ sheet: "Đơn vị", row: 0 }, "roster.empty");
    expect([log.problems[0].message, log.problems[0].messageEn]).toEqual([
      "Đơn vị: Danh sách đơn vị trống.",
      "Sheet “Đơn vị”: The unit roster is empty.",
    ]);
  });

  it("fill a parameter that is itself a text of the catalogue in the same language", () => {
    const what = { what: { text: "what.step" as const }, text: "nửa" };
    expect(criteriaText("vi", "cell.not-a-number", what)).toBe("Bước điểm phải là số (đang ghi “nửa”).");
    expect(criteriaText("en", "cell.not-a-number", what)).toBe("The step must be a number (now “nửa”).");
    expect(quotedList(["có", "không"])).toBe("“có”, “không”");
  });
});
