import { slideFormula } from "../../../src/hosts/xlsx/shared-formula";

const at = (row: number, col: number) => ({ row, col });

describe("slideFormula", () => {
  it("moves relative references and keeps absolute ones", () => {
    expect(slideFormula("A1*2", at(1, 1), at(3, 2))).toBe("B3*2");
    expect(slideFormula("$A$1+A$1+$A1", at(1, 1), at(2, 3))).toBe("$A$1+C$1+$A2");
    expect(slideFormula("SUM(B2:B10)/COUNT(B2:B10)", at(11, 2), at(11, 4))).toBe("SUM(D2:D10)/COUNT(D2:D10)");
  });

  it("leaves text, quoted sheet names, function names, structured references and names alone", () => {
    expect(slideFormula('IF(A1="A1","B2",A1)', at(1, 1), at(2, 1))).toBe('IF(A2="A1","B2",A2)');
    expect(slideFormula("'Bảng A1'!C3+Sheet2!C3", at(1, 1), at(2, 1))).toBe("'Bảng A1'!C4+Sheet2!C4");
    expect(slideFormula("LOG10(A1)+ATAN2(A1,B1)", at(1, 1), at(2, 1))).toBe("LOG10(A2)+ATAN2(A2,B2)");
    expect(slideFormula("SUM(DonVi[Điểm A1])+Diem_Tong+XFE1", at(1, 1), at(2, 1))).toBe(
      "SUM(DonVi[Điểm A1])+Diem_Tong+XFE1",
    );
  });

  it("gives #REF! when a reference moves off the sheet", () => {
    expect(slideFormula("A2", at(2, 1), at(1, 1))).toBe("A1");
    expect(slideFormula("A1", at(2, 2), at(1, 1))).toBe("#REF!");
  });
});
