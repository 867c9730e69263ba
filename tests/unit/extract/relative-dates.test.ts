// Relative dates resolve against the article's own date, and the tense of the
// sentence says whether a bare weekday lies ahead or behind.
import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/facts/extract";

const on = (sentence: string, publishedOn: string) => findDates(sentence, publishedOn).map((d) => d.date.on);

describe("dates against the publication day", () => {
  // 2017-06-26 was a Monday; 2017-06-29 a Thursday.
  it("reads 'yesterday' and 'last Thursday' back from the article's date", () => {
    expect(on("The talks ended yesterday without a deal.", "2017-06-29")).toEqual(["2017-06-28"]);
    expect(on("The envoys met last Thursday in Geneva.", "2017-06-29")).toEqual(["2017-06-22"]);
  });

  it("puts a weekday after a future verb ahead and after a past verb behind", () => {
    expect(on("The guarantor states will meet on Monday to discuss the zones.", "2017-06-29")).toEqual(["2017-07-03"]);
    expect(on("The guarantor states met on Monday to discuss the zones.", "2017-06-29")).toEqual(["2017-06-26"]);
  });

  it("puts 'next week, on Monday' in the following week, even when published on a Monday", () => {
    expect(
      on("The three states will meet in the capital next week, on Monday, the ministry said.", "2017-06-26"),
    ).toEqual(["2017-07-03"]);
    expect(on("The envoys will meet next week on Friday.", "2017-06-29")).toEqual(["2017-07-07"]);
    expect(on("The envoys met last week, on Tuesday.", "2017-06-29")).toEqual(["2017-06-20"]);
  });
});
