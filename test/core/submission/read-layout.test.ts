import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { checkWorkbook } from "../../../src/core/validation/validate";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { baselineUnit, fieldCell, tableCell, unitSnapshot } from "../../helpers/unit-workbook";
import { insertRows, setCell } from "../../helpers/snapshot-edit";

const FORM = "Biểu mẫu";
const valuesOf = (snapshot: WorkbookSnapshot) => {
  const { submission } = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
  return Object.fromEntries(Object.entries(submission.fields).map(([id, r]) => [id, r.value]));
};

describe("finding the cells", () => {
  it("still reads by names when the unit inserted rows above the indicator block", () => {
    const plain = unitSnapshot(baselineUnit());
    const moved = unitSnapshot(baselineUnit());
    insertRows(moved, FORM, Number(fieldCell("b01_sessions").slice(1)) - 2, 3);
    const result = checkWorkbook(moved, DEFAULT_CAMPAIGN);
    expect(valuesOf(moved)).toEqual(valuesOf(plain));
    expect(result.submission.fields.b01_sessions.location?.cell).not.toBe(fieldCell("b01_sessions"));
    expect(result.findings).toEqual([]);
  });

  it("falls back to labels when the template's names are gone, and says so", () => {
    const plain = unitSnapshot(baselineUnit());
    const nameless = unitSnapshot(baselineUnit());
    nameless.names = [];
    nameless.tables = [];
    const result = checkWorkbook(nameless, DEFAULT_CAMPAIGN);
    expect(valuesOf(nameless)).toEqual(valuesOf(plain));
    expect(result.submission.fields.b04_fund_amount.foundBy).toBe("label");
    expect(result.submission.tables.tbl_proposals).toMatchObject({ foundBy: "label" });
    expect(result.submission.tables.tbl_proposals.rows).toHaveLength(3);
    expect(result.findings.map((f) => f.code)).toEqual(["read-by-labels"]);
  });

  it("finds labels a unit retyped with plain quotes, other case and NFD", () => {
    const snapshot = unitSnapshot(baselineUnit());
    snapshot.names = [];
    const sheet = snapshot.sheets.find((s) => s.name === FORM);
    const labelCell = `B${fieldCell("b03_donors").slice(1)}`;
    if (!sheet) throw new Error("no form");
    sheet.cells[labelCell] = { value: 'số ccvc-nlđ tham gia ủng hộ quỹ "vì người nghèo"'.normalize("NFD") };
    expect(checkWorkbook(snapshot, DEFAULT_CAMPAIGN).submission.fields.b03_donors).toMatchObject({
      status: "ok",
      value: 35,
    });
  });

  it("names what it cannot find and which template version it expected, when some labels are there", () => {
    const snapshot: WorkbookSnapshot = {
      fileName: "la.xlsx",
      sheets: [
        {
          name: "Sheet1",
          visibility: "visible",
          cells: { A1: { value: "Tên phòng/đơn vị" }, B1: { value: "Văn phòng Sở" } },
          merges: [],
        },
      ],
      names: [],
      tables: [],
    };
    const { findings } = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
    const missing = findings.filter((f) => f.code === "missing-label");
    expect(missing.map((f) => f.field)).toEqual(
      expect.arrayContaining(["b01_sessions", "c1", "tbl_initiatives", "tbl_proposals"]),
    );
    expect(findings.find((f) => f.code === "template-version-mismatch")?.params).toEqual({
      variant: "missing",
      expected: "1.0",
    });
  });
});

describe("the tables", () => {
  it("ignores blank rows inside a table and reports a half-filled row", () => {
    const sample = baselineUnit();
    sample.tables.tbl_initiatives.splice(1, 0, { stt: 2 }); // a blank row with only its number
    sample.tables.tbl_initiatives.push({ stt: 4, name: "Tổ tư vấn kỹ thuật", author: null, kind: "Mô hình" });
    sample.values.b13_initiatives = 3;
    const result = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    expect(result.submission.tables.tbl_initiatives.rows).toHaveLength(3);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "required-value",
        severity: "error",
        sheet: "Sáng kiến",
        cell: tableCell("tbl_initiatives", "author", 4),
      }),
    ]);
  });

  it("checks list columns, accepting another case or Unicode form", () => {
    const sample = baselineUnit();
    sample.tables.tbl_initiatives[0].status = "được CÔNG NHẬN".normalize("NFD");
    sample.tables.tbl_initiatives[1].kind = "Đề tài";
    const result = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    expect(result.submission.tables.tbl_initiatives.rows[0].values.status).toBe("Được công nhận");
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "constraint-error",
        params: expect.objectContaining({ variant: "list", text: "Đề tài" }),
      }),
    ]);
  });

  it("warns about the same proposal twice in one unit", () => {
    const sample = baselineUnit();
    sample.tables.tbl_proposals.push({ ...sample.tables.tbl_proposals[1], stt: 4 });
    const { findings } = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "duplicate-row",
        severity: "warning",
        params: expect.objectContaining({ other: 2 }),
      }),
    ]);
  });

  it("keeps text that looks like a formula as text", () => {
    const sample = baselineUnit();
    sample.tables.tbl_initiatives[1].effect = '=HYPERLINK("http://x")';
    sample.values.preparer_name = "@Nguyễn";
    const result = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    expect(result.submission.tables.tbl_initiatives.rows[1].values.effect).toBe('=HYPERLINK("http://x")');
    expect(result.submission.fields.preparer_name.value).toBe("@Nguyễn");
  });
});

it("sorts findings by sheet then cell", () => {
  const sample = baselineUnit();
  sample.values.c1 = 30;
  sample.values.head_name = null;
  sample.tables.tbl_proposals[1].position = null;
  const snapshot = unitSnapshot(sample);
  setCell(snapshot, FORM, fieldCell("b01_sessions"), { value: "năm" });
  const { findings } = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
  expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
    `${FORM}!${fieldCell("head_name")}`,
    `${FORM}!${fieldCell("b01_sessions")}`,
    `${FORM}!${fieldCell("c1")}`,
    `Khen thưởng!${tableCell("tbl_proposals", "position", 2)}`,
  ]);
});
