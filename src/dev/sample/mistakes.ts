import type { SampleUnit } from "./sample-unit";

/** Mistakes units really make, applied to a valid sample; each is described for the demo's output. */
export interface Mistake {
  describe: string;
  apply(sample: SampleUnit): void;
}

export const TYPICAL_MISTAKES: Mistake[] = [
  {
    describe: "số tiền ủng hộ ghi bằng chữ “2 triệu”",
    apply: (s) => void (s.values.b04_fund_amount = "2 triệu"),
  },
  {
    describe: "số người ủng hộ từ 01 ngày lương lớn hơn số người ủng hộ",
    apply: (s) => void (s.values.b05_day_wage_donors = Number(s.values.b03_donors) + 3),
  },
  { describe: "bỏ trống thủ trưởng đơn vị", apply: (s) => void (s.values.head_name = null) },
  { describe: "tự chấm tiêu chí 1 được 21/20 điểm", apply: (s) => void (s.values.c1 = 21) },
  { describe: "số điện thoại thiếu chữ số", apply: (s) => void (s.values.preparer_phone = "0912 345") },
  {
    describe: "số liệu ghi kiểu Việt Nam “1.500.000” (đọc đúng, không phải lỗi)",
    apply: (s) => void (s.values.b06_in_kind_value = "1.500.000"),
  },
];

export function withMistakes(sample: SampleUnit, mistakes: Mistake[]): SampleUnit {
  const copy: SampleUnit = structuredClone(sample);
  for (const m of mistakes) m.apply(copy);
  return copy;
}
