import { listSheetName } from "../../../src/hosts/xlsx/list-validations";

it("puts the lists on _lists, or on a free name as every other sheet gets one", () => {
  expect(listSheetName(["Biểu mẫu"])).toBe("_lists");
  expect(listSheetName(["Biểu mẫu", "_LISTS"])).toBe("_lists (2)");
  expect(listSheetName(["_lists", "_lists (2)"])).toBe("_lists (3)");
});
