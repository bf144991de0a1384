import { dateToSerial } from "../../../src/core/locale/excel-date";
import { timestamp, todayDate, todaySerial } from "../../../src/core/locale/clock";

describe("the clock", () => {
  // 5 February 2025, 23:30 local time: the local date, not the UTC one, is the day of the letter.
  const lateEvening = new Date(2025, 1, 5, 23, 30);

  it("gives today's local date as a calendar date and as an Excel serial", () => {
    expect(todayDate(lateEvening)).toEqual({ year: 2025, month: 2, day: 5 });
    expect(todaySerial(lateEvening)).toBe(dateToSerial(2025, 2, 5));
  });

  it("writes the time of a summary with the day's leading zeros", () => {
    expect(timestamp(lateEvening)).toBe("23:30 05/02/2025");
  });
});
