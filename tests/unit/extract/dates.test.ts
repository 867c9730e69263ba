import { describe, expect, it } from "vitest";
import { findDates, resolveExpression } from "@/lib/facts";

// 2018-09-19 was a Wednesday.
const WEDNESDAY = "2018-09-19";
const dateIn = (sentence: string, publishedOn = WEDNESDAY) =>
  findDates(sentence, publishedOn).map((d) => [d.date.on, d.date.precision, d.deadline]);

describe("dates resolved against the publication day", () => {
  it("a bare weekday in a past-tense sentence is the latest one on or before publication", () => {
    expect(dateIn("Putin met Erdogan on Monday in Sochi.")).toEqual([["2018-09-17", "day", false]]);
    expect(dateIn("Lavrov said Friday that no offensive was planned.")).toEqual([["2018-09-14", "day", false]]);
    // Published on a Monday, "met Monday" is that same day.
    expect(dateIn("The two leaders met Monday to try to come to an agreement.", "2018-09-17")).toEqual([
      ["2018-09-17", "day", false],
    ]);
  });

  it("a bare weekday in a future-tense sentence is the next one on or after publication", () => {
    expect(dateIn("Putin will meet Erdogan on Monday.")).toEqual([["2018-09-24", "day", false]]);
    expect(dateIn("Putin and Erdogan will meet on Thursday at the Kremlin.", "2020-03-04")).toEqual([
      ["2020-03-05", "day", false],
    ]);
    expect(dateIn("Putin was set to meet Erdogan on Monday.", "2018-09-17")).toEqual([["2018-09-17", "day", false]]);
  });

  it("a month and day without a year takes the year the tense points to", () => {
    expect(dateIn("Erdogan and Putin met previously on September 7 in Tehran.")).toEqual([
      ["2018-09-07", "day", false],
    ]);
    expect(dateIn("They met on December 28 in Ankara.", "2019-01-03")).toEqual([["2018-12-28", "day", false]]);
    expect(dateIn("They will meet again on January 10.", "2018-12-20")).toEqual([["2019-01-10", "day", false]]);
  });

  it("relative years and explicit dates", () => {
    expect(dateIn("Turkey, Russia and Iran launched a negotiations process last year in Astana.")).toEqual([
      ["2017-01-01", "year", false],
    ]);
    expect(dateIn("The war began with a crackdown on protesters in March 2011.")).toEqual([
      ["2011-03-01", "month", false],
    ]);
    expect(dateIn("The Syrian civil war erupted in 2011.")).toEqual([["2011-01-01", "year", false]]);
  });

  it("deadlines lie ahead even in a past-tense sentence", () => {
    expect(dateIn("The leaders agreed to create a zone by October 15.")).toEqual([["2018-10-15", "day", true]]);
    expect(dateIn("By the end of the year, the routes must be restored.")).toEqual([["2018-12-31", "day", true]]);
  });

  it("the end of a month is that month as an occurrence", () => {
    expect(dateIn("Two of the calls took place at the end of February.", "2020-03-04")).toEqual([
      ["2020-02-01", "month", false],
    ]);
    expect(resolveExpression("by the end of February", "2020-01-10", "future")).toEqual({
      on: "2020-02-29",
      precision: "day",
    });
  });

  it("durations and spans measured from other events are not dates", () => {
    expect(dateIn("They held talks for about three hours.")).toEqual([]);
    expect(dateIn("The meeting comes 10 days after a summit in Tehran.")).toEqual([]);
  });
});
