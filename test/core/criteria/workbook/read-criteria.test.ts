import { DEFAULT_CAMPAIGN } from "../../../../src/core/campaign/default-campaign";
import type { Campaign } from "../../../../src/core/campaign/model";
import {
  buildCriteriaPlan,
  CRITERIA_SHEETS,
  readCriteriaWorkbook,
} from "../../../../src/core/criteria/workbook";
import { columnLetters, columnNumber, parseA1 } from "../../../../src/core/workbook-model/address";
import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { planToSnapshot } from "../../../helpers/plan-to-snapshot";
import { cellBeside, clearRow, columnOf, find, rowOf, setCell, sheetOf } from "./snapshot-edit";

const {
  rules: RULES,
  fields: FIELDS,
  tables: TABLES,
  lists: LISTS,
  roster: ROSTER,
  scoring: SCORING,
  settings: SETTINGS,
} = CRITERIA_SHEETS;

function fresh(campaign: Campaign = DEFAULT_CAMPAIGN): WorkbookSnapshot {
  return planToSnapshot(buildCriteriaPlan(campaign), "tieu-chi.xlsx");
}

function withoutSourceRows(c: Campaign): Campaign {
  const rules = c.rules.map((rule) => {
    const copy = { ...rule };
    delete copy.sourceRow;
    return copy;
  });
  return { ...c, rules };
}

describe("readCriteriaWorkbook – round trip", () => {
  it("reads back exactly the default campaign, without problems", () => {
    const { campaign, problems } = readCriteriaWorkbook(fresh());
    expect(problems).toEqual([]);
    expect(withoutSourceRows(campaign)).toStrictEqual(DEFAULT_CAMPAIGN);
  });

  it("sets sourceRow to the rule's row on the rules sheet", () => {
    const snap = fresh();
    const { campaign } = readCriteriaWorkbook(snap);
    for (const rule of campaign.rules) expect(rule.sourceRow).toBe(rowOf(snap, RULES, rule.id));
  });

  it("reads an edited campaign it wrote itself", () => {
    const edited: Campaign = {
      ...DEFAULT_CAMPAIGN,
      criteriaVersion: "2025.2",
      roster: [
        ...DEFAULT_CAMPAIGN.roster.slice(0, 3),
        { code: "MOI", name: "Phòng mới", order: 4, expected: false },
      ],
      scoring: { ...DEFAULT_CAMPAIGN.scoring, tieBreak: [] },
    };
    const { campaign, problems } = readCriteriaWorkbook(fresh(edited));
    expect(problems).toEqual([]);
    expect(withoutSourceRows(campaign)).toStrictEqual(edited);
  });
});

describe("readCriteriaWorkbook – edits change what is read", () => {
  it("a rule's expression", () => {
    const snap = fresh();
    setCell(snap, RULES, cellBeside(snap, RULES, "staff_total_min", "Biểu thức"), ".>=5");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.rules.find((r) => r.id === "staff_total_min")?.expression).toBe(".>=5");
  });

  it("a rule's severity and message", () => {
    const snap = fresh();
    setCell(snap, RULES, cellBeside(snap, RULES, "b03_within_staff", "Mức độ"), "cảnh báo");
    setCell(snap, RULES, cellBeside(snap, RULES, "b03_within_staff", "Thông báo"), "  Vượt quá.  ");
    const rule = readCriteriaWorkbook(snap).campaign.rules.find((r) => r.id === "b03_within_staff");
    expect(rule).toMatchObject({ severity: "warning", message: "Vượt quá." });
  });

  it("a band's lower bound", () => {
    const snap = fresh();
    setCell(snap, SCORING, cellBeside(snap, SCORING, "Hoàn thành xuất sắc", "Từ điểm"), 95);
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.scoring.bands[0]).toEqual({
      min: 95,
      label: "Hoàn thành xuất sắc",
      labelEn: "Excellent",
    });
  });

  it("a list value", () => {
    const snap = fresh();
    setCell(snap, LISTS, find(snap, LISTS, "Giải pháp"), "Đề tài");
    const list = readCriteriaWorkbook(snap).campaign.lists.find((l) => l.id === "initiative_kind");
    expect(list?.values).toEqual(["Sáng kiến", "Mô hình", "Đề tài"]);
  });

  it("a roster row", () => {
    const snap = fresh();
    setCell(snap, ROSTER, cellBeside(snap, ROSTER, "BQLDA", "Tên"), "Ban Quản lý dự án đầu tư xây dựng");
    setCell(snap, ROSTER, cellBeside(snap, ROSTER, "BQLDA", "Phải nộp"), "không");
    const unit = readCriteriaWorkbook(snap).campaign.roster.find((u) => u.code === "BQLDA");
    expect(unit).toEqual({
      code: "BQLDA",
      name: "Ban Quản lý dự án đầu tư xây dựng",
      order: 10,
      expected: false,
    });
  });

  it("a deleted roster row", () => {
    const snap = fresh();
    clearRow(snap, ROSTER, rowOf(snap, ROSTER, "TTQH"));
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.roster.map((u) => u.code)).not.toContain("TTQH");
    expect(campaign.roster).toHaveLength(9);
  });

  it("a setting, written either way for decimals", () => {
    const snap = fresh();
    setCell(snap, SETTINGS, cellBeside(snap, SETTINGS, "last_year", "Giá trị"), "2026");
    setCell(snap, SETTINGS, cellBeside(snap, SETTINGS, "individual_proposal_share", "Giá trị"), "0,2");
    setCell(snap, SETTINGS, cellBeside(snap, SETTINGS, "signer_name", "Giá trị"), "Nguyễn Văn A");
    setCell(snap, SETTINGS, cellBeside(snap, SETTINGS, "criteria_version", "Giá trị"), "2025.1");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.settings).toMatchObject({
      lastYear: 2026,
      individualProposalShare: 0.2,
      signerName: "Nguyễn Văn A",
    });
    expect(campaign.criteriaVersion).toBe("2025.1");
  });

  it("a field's label and type", () => {
    const snap = fresh();
    setCell(snap, FIELDS, cellBeside(snap, FIELDS, "b15_models", "Nhãn"), "Mô hình hay");
    setCell(snap, FIELDS, cellBeside(snap, FIELDS, "b15_models", "Kiểu"), "số");
    const field = readCriteriaWorkbook(snap).campaign.fields.find((f) => f.id === "b15_models");
    expect(field).toMatchObject({ label: "Mô hình hay", type: "number" });
  });

  it("a table's template rows", () => {
    const snap = fresh();
    setCell(snap, TABLES, cellBeside(snap, TABLES, "tbl_proposals", "Số dòng mẫu"), 25);
    const table = readCriteriaWorkbook(snap).campaign.tables.find((t) => t.id === "tbl_proposals");
    expect(table?.templateRows).toBe(25);
  });
});

describe("readCriteriaWorkbook – problems", () => {
  it("reports a syntax error with row and position, leaves that rule out, keeps the others", () => {
    const snap = fresh();
    const row = rowOf(snap, RULES, "staff_total_min");
    setCell(snap, RULES, cellBeside(snap, RULES, "staff_total_min", "Biểu thức"), ".>=1)");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      sheet: RULES,
      row,
      column: columnOf(snap, RULES, "Biểu thức"),
      severity: "error",
    });
    expect(problems[0].message).toMatch(new RegExp(`^Quy tắc, dòng ${row}, vị trí 5: `));
    expect(problems[0].messageEn).toMatch(new RegExp(`^Sheet “Quy tắc”, row ${row}, position 5: `));
    expect(campaign.rules.map((r) => r.id)).not.toContain("staff_total_min");
    expect(campaign.rules).toHaveLength(DEFAULT_CAMPAIGN.rules.length - 1);
  });

  it("reports an unknown name and leaves that rule out", () => {
    const snap = fresh();
    const row = rowOf(snap, RULES, "b05_within_donors");
    setCell(snap, RULES, cellBeside(snap, RULES, "b05_within_donors", "Biểu thức"), ".<=b03_donor");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toHaveLength(1);
    expect(problems[0].row).toBe(row);
    expect(problems[0].message).toContain("b03_donor");
    expect(campaign.rules).toHaveLength(DEFAULT_CAMPAIGN.rules.length - 1);
  });

  it("accepts a table's columns only in rules on that table", () => {
    const snap = fresh();
    setCell(snap, RULES, cellBeside(snap, RULES, "b03_within_staff", "Biểu thức"), 'target_type<>"x"');
    setCell(
      snap,
      RULES,
      cellBeside(snap, RULES, "b14_matches_table", "Biểu thức"),
      'COUNTIF(tbl_initiatives[statu], "x")=.',
    );
    const { problems } = readCriteriaWorkbook(snap);
    expect(problems.map((p) => p.row)).toEqual([
      rowOf(snap, RULES, "b03_within_staff"),
      rowOf(snap, RULES, "b14_matches_table"),
    ]);
    expect(problems[1].message).toContain("tbl_initiatives[statu]");
  });

  it("reports an unknown target", () => {
    const snap = fresh();
    setCell(snap, RULES, cellBeside(snap, RULES, "b03_within_staff", "Áp dụng cho"), "b03_donnors");
    setCell(
      snap,
      RULES,
      cellBeside(snap, RULES, "proposal_one_collective", "Áp dụng cho"),
      "tbl_proposals.nope",
    );
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toHaveLength(2);
    expect(problems[0].message).toContain("b03_donnors");
    expect(campaign.rules).toHaveLength(DEFAULT_CAMPAIGN.rules.length - 2);
  });

  it("reads a rule typed as a formula (=AND(…)) as its text", () => {
    const snap = fresh();
    const address = cellBeside(snap, RULES, "staff_total_min", "Biểu thức");
    sheetOf(snap, RULES).cells[address] = { value: null, error: "#NAME?", formula: "AND(.>=1, .<=10000)" };
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.rules.find((r) => r.id === "staff_total_min")?.expression).toBe("AND(.>=1, .<=10000)");
  });

  it("reports bands that do not go down, and sorts them", () => {
    const snap = fresh();
    setCell(snap, SCORING, cellBeside(snap, SCORING, "Hoàn thành", "Từ điểm"), 80);
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      sheet: SCORING,
      row: rowOf(snap, SCORING, "Hoàn thành"),
      severity: "error",
    });
    expect(campaign.scoring.bands.map((b) => b.min)).toEqual([90, 80, 70, 0]);
  });

  it("reports a maximum that is not a positive number", () => {
    const snap = fresh();
    setCell(snap, SCORING, cellBeside(snap, SCORING, "c4", "Điểm tối đa"), 0);
    setCell(snap, SCORING, cellBeside(snap, SCORING, "c5", "Điểm tối đa"), "mười");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => p.row)).toEqual([rowOf(snap, SCORING, "c4"), rowOf(snap, SCORING, "c5")]);
    expect(campaign.scoring.criteria.map((c) => c.id)).toEqual(["c1", "c2", "c3", "c6"]);
  });

  it("reports a duplicated roster code (case ignored)", () => {
    const snap = fresh();
    const row = rowOf(snap, ROSTER, "TTQH");
    setCell(snap, ROSTER, `A${row}`, "ttr");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: ROSTER, row, column: "A", severity: "error" });
    expect(campaign.roster).toHaveLength(9);
  });

  it("falls back to the base for a missing sheet, with a warning", () => {
    const snap = fresh();
    snap.sheets = snap.sheets.filter((s) => s.name !== ROSTER);
    const base: Campaign = {
      ...DEFAULT_CAMPAIGN,
      roster: [{ code: "X", name: "Đơn vị X", order: 1, expected: true }],
    };
    const { campaign, problems } = readCriteriaWorkbook(snap, base);
    expect(campaign.roster).toBe(base.roster);
    expect(problems).toEqual([expect.objectContaining({ sheet: ROSTER, row: 0, severity: "warning" })]);
  });

  it("falls back to the base when a block's headers are gone, with an error", () => {
    const snap = fresh();
    setCell(snap, RULES, find(snap, RULES, "Biểu thức"), "Công thức kiểm tra");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(campaign.rules).toBe(DEFAULT_CAMPAIGN.rules);
    expect(problems).toEqual([expect.objectContaining({ sheet: RULES, severity: "error" })]);
    expect(problems[0].message).toContain("“Biểu thức”");
  });

  it("reports a total's formula that cannot be read, keeping the field as an input", () => {
    const snap = fresh();
    const row = rowOf(snap, FIELDS, "score_total");
    setCell(snap, FIELDS, cellBeside(snap, FIELDS, "score_total", "Công thức"), "c1+c2+");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(new RegExp(`^Trường, dòng ${row}, vị trí 7: `));
    expect(campaign.fields.find((f) => f.id === "score_total")?.derived).toBeUndefined();
  });

  it("reports a list column whose list does not exist, reading it as text", () => {
    const snap = fresh();
    setCell(snap, LISTS, find(snap, LISTS, "initiative_kind"), "kinds");
    for (let i = 0; i < 2; i++) setCell(snap, LISTS, find(snap, LISTS, "initiative_kind"), "kinds");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([expect.objectContaining({ sheet: TABLES, severity: "error" })]);
    const kind = campaign.tables[0].columns.find((c) => c.id === "kind");
    expect(kind).toMatchObject({ type: "text" });
    expect(kind?.list).toBeUndefined();
    expect(campaign.lists.map((l) => l.id)).toContain("kinds");
  });

  it("reports an invalid field id, a duplicate one and an unknown type", () => {
    const snap = fresh();
    setCell(snap, FIELDS, find(snap, FIELDS, "b15_models"), "b15 models");
    setCell(snap, FIELDS, find(snap, FIELDS, "b16_exemplars"), "B01_SESSIONS");
    setCell(snap, FIELDS, cellBeside(snap, FIELDS, "b14_initiatives_recognized", "Kiểu"), "phần trăm");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems.filter((p) => p.sheet === FIELDS)).toHaveLength(3);
    expect(campaign.fields).toHaveLength(DEFAULT_CAMPAIGN.fields.length - 3);
  });
});

describe("readCriteriaWorkbook – tolerance", () => {
  it("matches headers ignoring case, spaces and Unicode form; columns in any order; extra columns ignored", () => {
    const snap = fresh();
    const sheet = sheetOf(snap, RULES);
    const header = rowOf(snap, RULES, "Mã quy tắc");
    const a = columnNumber(columnOf(snap, RULES, "Biểu thức"));
    const b = columnNumber(columnOf(snap, RULES, "Thông báo"));
    // Swap two whole columns, then disguise the headers.
    for (const address of Object.keys(sheet.cells).filter((x) => parseA1(x).row >= header)) {
      const { row, col } = parseA1(address);
      if (col !== a) continue;
      const other = `${columnLetters(b)}${row}`;
      const here = sheet.cells[address];
      sheet.cells[address] = sheet.cells[other];
      sheet.cells[other] = here;
    }
    setCell(snap, RULES, `${columnLetters(a)}${header}`, "  THÔNG   BÁO ".normalize("NFD"));
    setCell(snap, RULES, `${columnLetters(b)}${header}`, "biểu thức".normalize("NFD"));
    setCell(snap, RULES, `Z${header}`, "Ghi chú");
    setCell(snap, RULES, `Z${header + 1}`, "ghi chú riêng");
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(withoutSourceRows(campaign)).toStrictEqual(DEFAULT_CAMPAIGN);
  });

  it("normalises text to NFC and trims it", () => {
    const snap = fresh();
    setCell(snap, ROSTER, cellBeside(snap, ROSTER, "VP", "Tên"), "  Văn phòng Sở  ".normalize("NFD"));
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.roster[0].name).toBe("Văn phòng Sở");
  });

  it("skips blank rows inside a block", () => {
    const snap = fresh();
    clearRow(snap, RULES, rowOf(snap, RULES, "b06_in_kind_value_non_negative"));
    const { campaign, problems } = readCriteriaWorkbook(snap);
    expect(problems).toEqual([]);
    expect(campaign.rules).toHaveLength(DEFAULT_CAMPAIGN.rules.length - 1);
    expect(campaign.rules.at(-1)?.id).toBe("proposal_individual_quota");
  });
});
