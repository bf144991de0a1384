import type { Finding } from "../../../src/core/findings/finding";
import { formatParam } from "../../../src/core/validation/format-param";
import { renderFinding } from "../../../src/core/validation/render-finding";

function scoreFinding(value: number, max: number): Finding {
  return {
    code: "score-out-of-range",
    severity: "error",
    file: "VP.xlsx",
    params: {
      label: "Điểm 1.1",
      value: formatParam("value", value),
      max: formatParam("max", max),
      step: formatParam("step", 0.5),
    },
  };
}

describe("numbers in messages", () => {
  it("are written the Vietnamese way in Vietnamese", () => {
    expect(renderFinding(scoreFinding(72.5, 1_500_000), "vi")).toBe(
      "Điểm “Điểm 1.1” là 72,5: phải từ 0 đến 1.500.000, theo bước 0,5.",
    );
  });

  it("are written the English way in English, text parameters untouched", () => {
    expect(renderFinding(scoreFinding(72.5, 1_500_000), "en")).toBe(
      "Score “Điểm 1.1” is 72.5: it must be between 0 and 1,500,000, in steps of 0.5.",
    );
  });

  it("leave years and rows ungrouped in both languages", () => {
    const finding: Finding = {
      code: "inconsistent-total",
      severity: "warning",
      file: "VP.xlsx",
      params: {
        label: "Tổng",
        written: formatParam("written", 2.25),
        computed: formatParam("computed", 1234.5),
      },
    };
    expect(renderFinding(finding, "en")).toContain("says 2.25, but the parts add up to 1,234.5");
    expect(formatParam("year", 2024)).toBe("2024");
    expect(formatParam("row", 1234)).toBe("1234");
  });
});
