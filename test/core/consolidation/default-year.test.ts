import type { ConsolidationInput } from "../../../src/core/consolidation";
import { defaultYear } from "../../../src/core/consolidation/scope";
import { unreadableFile } from "../../../src/core/validation/file-check";
import { CAMPAIGN, unitFile } from "./fixtures";

const JUNE_2030 = new Date(2030, 5, 1);

test("the latest report year among the inputs, whatever their order", () => {
  const inputs = [unitFile("VP", 2023), unitFile("TTr", 2024), unitFile("KHTC", 2022)];
  expect(defaultYear(inputs, CAMPAIGN, JUNE_2030)).toBe(2024);
});

test("without a readable input, this year kept inside the campaign's years", () => {
  const { firstYear, lastYear } = CAMPAIGN.settings;
  const unreadable: ConsolidationInput[] = [{ check: unreadableFile("x.xlsx", "corrupt") }];
  expect(defaultYear(unreadable, CAMPAIGN, JUNE_2030)).toBe(lastYear);
  expect(defaultYear([], CAMPAIGN, new Date(2000, 0, 1))).toBe(firstYear);
});

test("150,000 inputs, more than a call takes arguments", () => {
  const one = unitFile("VP", 2023);
  const latest = unitFile("TTr", 2024);
  const inputs = Array.from({ length: 150_000 }, (_, i) => (i === 123_456 ? latest : one));
  expect(defaultYear(inputs, CAMPAIGN, JUNE_2030)).toBe(2024);
});
