/** A rule that cannot run says why in the catalogue's words; the evaluator's own sentence stays in `detail`. */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import type { Campaign, RuleDef } from "../../../src/core/campaign/model";
import type { Finding } from "../../../src/core/findings/finding";
import { renderFinding } from "../../../src/core/validation/render-finding";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { baselineUnit, unitSnapshot } from "../../helpers/unit-workbook";

const rule = (id: string, expression: string, sourceRow: number): RuleDef => ({
  id,
  target: "staff_total",
  expression,
  severity: "error",
  code: "constraint-error",
  message: "Sai.",
  messageEn: "Wrong.",
  sourceRow,
});

const campaign: Campaign = {
  ...DEFAULT_CAMPAIGN,
  rules: [
    ...DEFAULT_CAMPAIGN.rules,
    rule("divides_by_zero", "staff_total / (staff_total - staff_total) > 0", 40),
    rule("unknown_name", "staff_total > no_such_field", 41),
  ],
};

function ruleErrors(): Map<string, Finding> {
  const { findings } = checkWorkbook(unitSnapshot(baselineUnit(), "VP-2024.xlsx", campaign), campaign);
  return new Map(findings.filter((f) => f.code === "rule-error").map((f) => [String(f.ruleId), f]));
}

describe("a rule that cannot run", () => {
  const errors = ruleErrors();

  it("is a warning, the catalogue's severity, whatever the rule's own", () => {
    expect([...errors.keys()].sort()).toEqual(["divides_by_zero", "unknown_name"]);
    for (const f of errors.values()) expect(f.severity).toBe("warning");
  });

  it("tells the user why in their language, without the evaluator's English", () => {
    const zero = errors.get("divides_by_zero") as Finding;
    expect(renderFinding(zero, "vi")).toBe(
      "Quy tắc “divides_by_zero” (dòng 40 trong sheet Quy tắc) không tính được với số liệu của tệp này (ví dụ chia cho 0, hoặc có chữ ở chỗ cần số). Hãy sửa quy tắc trong sổ tiêu chí.",
    );
    expect(renderFinding(zero, "en")).toContain("cannot be computed on this file's figures");
    expect(renderFinding(zero, "vi")).not.toContain("Division");
    expect(zero.params.detail).toMatch(/Division by zero/);
  });

  it("names the name it is about", () => {
    const unknown = errors.get("unknown_name") as Finding;
    expect(renderFinding(unknown, "vi")).toContain("dùng tên “no_such_field” mà tệp này không có");
    expect(renderFinding(unknown, "en")).toContain(
      "uses the name “no_such_field”, which this file does not have",
    );
  });
});

describe("a rule of the default criteria that cannot run", () => {
  it("says to check the file's figures, with no row of a Rules sheet to fix", () => {
    const { sourceRow, ...builtIn } = rule(
      "c3_without_housing",
      "staff_total / (staff_total - staff_total) > 0",
      0,
    );
    expect(sourceRow).toBe(0);
    const withBuiltIn: Campaign = { ...DEFAULT_CAMPAIGN, rules: [builtIn] };
    const { findings } = checkWorkbook(
      unitSnapshot(baselineUnit(), "VP-2024.xlsx", withBuiltIn),
      withBuiltIn,
    );
    const error = findings.find((f) => f.code === "rule-error");
    expect(error?.params).toMatchObject({ variant: "built-in", detail: expect.stringMatching(/Division/) });
    expect(error?.params.row).toBeUndefined();
    expect(renderFinding(error as Finding, "vi")).toBe(
      "Quy tắc “c3_without_housing” của bộ tiêu chí mặc định không tính được với số liệu của tệp này (ví dụ một phép chia cho 0, hoặc một tổng quá lớn). Hãy kiểm tra lại số liệu của tệp.",
    );
    expect(renderFinding(error as Finding, "en")).toContain(
      "The default criteria's rule “c3_without_housing”",
    );
  });
});
