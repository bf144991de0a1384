import { parseExpression } from "../../../../src/core/criteria/expression";
import { nfd, run } from "./helpers";

const PHONE = 'REGEXMATCH(SUBSTITUTE(SUBSTITUTE(., " ", ""), ".", ""), "^(0|\\+84)[0-9]{9,10}$")';

describe("rules of the default campaign", () => {
  it("AND(.>=0, .<=staff_total)", () => {
    const rule = "AND(.>=0, .<=staff_total)";
    expect(run(rule, { self: 12, names: { staff_total: 40 } })).toBe(true);
    expect(run(rule, { self: 41, names: { staff_total: 40 } })).toBe(false);
    expect(run(rule, { self: -1, names: { staff_total: 40 } })).toBe(false);
  });

  it(". = ROWS(tbl_initiatives), blank rows ignored", () => {
    const tables = {
      tbl_initiatives: {
        name: ["Sáng kiến A", null, "Mô hình B"],
        status: ["Đề xuất", null, "Được công nhận"],
      },
    };
    expect(run(". = ROWS(tbl_initiatives)", { self: 2, tables })).toBe(true);
    expect(run(". = ROWS(tbl_initiatives)", { self: 3, tables })).toBe(false);
  });

  it('. = COUNTIF(tbl_initiatives[status], "Được công nhận") with the table in NFD', () => {
    const status = ["Được công nhận", "Đề xuất", "được công nhận ", "Đang áp dụng"].map(nfd);
    const data = { tables: { tbl_initiatives: { status } } };
    const rule = '. = COUNTIF(tbl_initiatives[status], "Được công nhận")';
    expect(run(rule, { ...data, self: 2 })).toBe(true);
    expect(run(rule, { ...data, self: 1 })).toBe(false);
  });

  it("OR(. <= 0, b04_fund_amount > 0) and other consistency warnings", () => {
    expect(run("OR(.<=0, b04_fund_amount>0)", { self: 10, names: { b04_fund_amount: 0 } })).toBe(false);
    expect(run("OR(.<=0, b04_fund_amount>0)", { self: 0, names: { b04_fund_amount: 0 } })).toBe(true);
    const houses =
      "OR(.<=0, b07_houses_built+b08_houses_repaired+b10_temp_houses_removed+b11_households_helped>0)";
    const names = {
      b07_houses_built: 0,
      b08_houses_repaired: null,
      b10_temp_houses_removed: 0,
      b11_households_helped: 3,
    };
    expect(run(houses, { self: 20, names })).toBe(true);
    expect(run(houses, { self: 20, names: { ...names, b11_households_helped: 0 } })).toBe(false);
    expect(run("NOT(AND(b01_sessions=0, .>0))", { self: 50, names: { b01_sessions: null } })).toBe(false);
  });

  it("the phone number pattern", () => {
    for (const ok of ["0912 345 678", "0912.345.678", "+84912345678", "02438221234"]) {
      expect(run(PHONE, { self: ok })).toBe(true);
    }
    for (const bad of ["912345678", "0912 345", "hotline", "+85912345678"]) {
      expect(run(PHONE, { self: bad })).toBe(false);
    }
  });

  it("OR(report_year = interim_year, report_year = final_year)", () => {
    const rule = "OR(report_year = interim_year, report_year = final_year)";
    const years = { interim_year: 2023, final_year: 2025 };
    expect(run(rule, { names: { ...years, report_year: 2025 } })).toBe(true);
    expect(run(rule, { names: { ...years, report_year: 2024 } })).toBe(false);
  });

  it("the report date window", () => {
    const rule = "AND(.>=DATE(report_year, 1, 1), .<=DATE(report_year + 1, 1, 31))";
    expect(run(rule, { self: 45688, names: { report_year: 2024 } })).toBe(true); // 31/01/2025
    expect(run(rule, { self: 45689, names: { report_year: 2024 } })).toBe(false); // 01/02/2025
  });

  it("proposals: classification and the share of individuals", () => {
    const form =
      'OR(.<>"Giấy khen của Giám đốc Sở", IN(classification, "Hoàn thành xuất sắc", "Hoàn thành tốt"))';
    expect(run(form, { self: "Giấy khen của Giám đốc Sở", names: { classification: "Hoàn thành" } })).toBe(
      false,
    );
    expect(
      run(form, { self: "Giấy khen của Giám đốc Sở", names: { classification: "Hoàn thành tốt" } }),
    ).toBe(true);
    const share =
      'COUNTIF(tbl_proposals[target_type], "Cá nhân")<=CEILING(individual_proposal_share*staff_total)';
    const tables = { tbl_proposals: { target_type: ["Cá nhân", "Cá nhân", "Cá nhân", "Tập thể"] } };
    const names = { individual_proposal_share: 0.15, staff_total: 20 };
    expect(run(share, { tables, names })).toBe(true);
    expect(run(share, { tables, names: { ...names, staff_total: 13 } })).toBe(false);
  });

  it("lists what each rule needs", () => {
    const result = parseExpression(PHONE);
    expect(result.ok && [result.names, result.tables]).toEqual([[], []]);
  });
});
