import { listChoice } from "../../../src/core/campaign/list-choice";
import type { ListDef } from "../../../src/core/campaign/model";

const units: ListDef = {
  id: "units",
  label: "Đơn vị",
  values: ["Văn phòng Sở", "Thanh tra Sở", "VĂN PHÒNG SỞ"],
};

describe("a value typed from a list", () => {
  it("is the list's own spelling whatever its case, spacing or Unicode form", () => {
    expect(listChoice(units, "văn phòng sở")).toBe("Văn phòng Sở");
    expect(listChoice(units, "  Thanh   tra\u00a0Sở ".normalize("NFD"))).toBe("Thanh tra Sở");
  });

  it("is the first of two values the same but for case", () => {
    expect(listChoice(units, "VĂN PHÒNG SỞ")).toBe("Văn phòng Sở");
  });

  it("is undefined when the list does not hold it: diacritics count", () => {
    expect(listChoice(units, "Van phong So")).toBeUndefined();
    expect(listChoice({ ...units, values: [] }, "Văn phòng Sở")).toBeUndefined();
  });
});
