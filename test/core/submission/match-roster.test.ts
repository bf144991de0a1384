import type { RosterUnit } from "../../../src/core/campaign/model";
import { matchRoster } from "../../../src/core/submission/read-submission";

const unit = (code: string, name: string, order: number): RosterUnit => ({
  code,
  name,
  order,
  expected: true,
});

describe("matching a unit to the roster", () => {
  const roster = [
    unit("VP", "Văn phòng Sở", 1),
    unit("TTR", "Thanh tra Sở", 2),
    unit("QLXD", "Phòng Quản lý xây dựng", 3),
    unit("VP2", "Văn phòng Sở", 4),
  ];

  it("ignores case, spacing and Unicode form, and keeps diacritics", () => {
    expect(matchRoster("  THANH   tra sở ", roster)?.code).toBe("TTR");
    expect(matchRoster("Phòng Quản lý xây dựng".normalize("NFD"), roster)?.code).toBe("QLXD");
    expect(matchRoster("Thanh tra So", roster)).toBeUndefined();
  });

  it("takes the first unit of a repeated name, and a name before a code", () => {
    expect(matchRoster("văn phòng sở", roster)?.order).toBe(1);
    const tricky = [unit("A", "qlxd", 1), unit("QLXD", "Phòng Quản lý xây dựng", 2)];
    expect(matchRoster("QLXD", tricky)?.code).toBe("A");
    expect(matchRoster("vp2", roster)?.order).toBe(4);
  });

  it("sees a unit added to a roster it has already searched", () => {
    const growing = [unit("VP", "Văn phòng Sở", 1)];
    expect(matchRoster("Ban quản lý dự án", growing)).toBeUndefined();
    growing.push(unit("BQLDA", "Ban quản lý dự án", 2));
    expect(matchRoster("Ban quản lý dự án", growing)?.code).toBe("BQLDA");
  });
});
