import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { classify, summariseScores } from "../../../src/core/campaign/scoring";
import { parseExpression } from "../../../src/core/criteria/expression";

const ids = (section: string): string[] =>
  DEFAULT_CAMPAIGN.fields.filter((f) => f.section === section).map((f) => f.id);

describe("the default campaign follows CAMPAIGN.md", () => {
  it("has the unit information fields", () => {
    expect(ids("A")).toEqual([
      "unit_name",
      "report_year",
      "staff_total",
      "preparer_name",
      "preparer_phone",
      "report_date",
      "head_name",
    ]);
  });

  it("has the 16 indicators in order, counts whole and money in đồng", () => {
    const indicators = DEFAULT_CAMPAIGN.fields.filter((f) => f.section === "B");
    expect(indicators).toHaveLength(16);
    expect(indicators.map((f) => f.id.slice(0, 3))).toEqual(
      Array.from({ length: 16 }, (_, i) => `b${String(i + 1).padStart(2, "0")}`),
    );
    expect(indicators.filter((f) => f.type === "money").map((f) => f.id)).toEqual([
      "b04_fund_amount",
      "b06_in_kind_value",
      "b09_housing_funds",
    ]);
  });

  it("has six criteria worth 100 points with score, evidence and review fields", () => {
    const { criteria } = DEFAULT_CAMPAIGN.scoring;
    expect(criteria.map((c) => [c.id, c.max])).toEqual([
      ["c1", 20],
      ["c2", 25],
      ["c3", 25],
      ["c4", 15],
      ["c5", 10],
      ["c6", 5],
    ]);
    expect(criteria.reduce((s, c) => s + c.max, 0)).toBe(100);
    for (const c of criteria) {
      expect(ids("C")).toEqual(expect.arrayContaining([c.id, `${c.id}_evidence`, `${c.id}_review`]));
    }
  });

  it("classifies by the default bands, reviewer scores where present", () => {
    const bands = DEFAULT_CAMPAIGN.scoring.bands;
    expect(classify(90, bands)?.label).toBe("Hoàn thành xuất sắc");
    expect(classify(89.5, bands)?.label).toBe("Hoàn thành tốt");
    expect(classify(70, bands)?.label).toBe("Hoàn thành tốt");
    expect(classify(69.5, bands)?.label).toBe("Hoàn thành");
    expect(classify(50, bands)?.label).toBe("Hoàn thành");
    expect(classify(49.5, bands)?.label).toBe("Không hoàn thành");
    const self = { c1: 20, c2: 25, c3: 25, c4: 15, c5: 10, c6: 5 };
    expect(summariseScores(DEFAULT_CAMPAIGN.scoring, { self, review: {} })).toMatchObject({
      total: 100,
      classification: "Hoàn thành xuất sắc",
    });
    const reviewed = summariseScores(DEFAULT_CAMPAIGN.scoring, { self, review: { c2: 5 } });
    expect(reviewed).toMatchObject({
      selfTotal: 100,
      reviewTotal: 80,
      total: 80,
      classification: "Hoàn thành tốt",
    });
    expect(
      summariseScores(DEFAULT_CAMPAIGN.scoring, { self: { ...self, c3: undefined }, review: {} }).total,
    ).toBeUndefined();
  });

  it("lists the roster of ten units and the forms from lowest to highest", () => {
    expect(DEFAULT_CAMPAIGN.roster.map((u) => u.code)).toEqual([
      "VP",
      "TTr",
      "KHTC",
      "QLXD",
      "QHKT",
      "QLN",
      "HTKT",
      "TTKĐ",
      "TTQH",
      "BQLDA",
    ]);
    expect(DEFAULT_CAMPAIGN.lists.find((l) => l.id === "proposal_form")?.values).toEqual([
      "Giấy khen của Giám đốc Sở",
      "Bằng khen của Chủ tịch UBND tỉnh",
      "Bằng khen của Thủ tướng Chính phủ",
      "Huân chương Lao động hạng Ba",
    ]);
  });

  it("writes every rule in valid syntax, with unique ids and NFC text", () => {
    const seen = new Set<string>();
    for (const rule of DEFAULT_CAMPAIGN.rules) {
      const parsed = parseExpression(rule.expression);
      expect({ id: rule.id, ok: parsed.ok }).toEqual({ id: rule.id, ok: true });
      expect(seen.has(rule.id)).toBe(false);
      seen.add(rule.id);
      expect(rule.message).toBe(rule.message.normalize("NFC"));
    }
  });
});
