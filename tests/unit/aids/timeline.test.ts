import { describe, expect, it } from "vitest";
import { buildTimeline, labelPeriod } from "@/lib/aids";
import { names, sourced } from "./fixtures";

const entities = names({
  alpha: "Alphaland",
  beta: "Betastan",
  "ann-leader": "Ann Leader",
  "bo-leader": "Bo Leader",
  capital: "Capital City",
});

const meeting = (
  id: string,
  date: { on: string; precision: "day" | "month" | "year" } | undefined,
  extra: Record<string, unknown> = {},
) =>
  sourced({
    id,
    kind: "meeting",
    participants: ["ann-leader", "bo-leader"],
    format: "bilateral talks",
    ...(date ? { date } : {}),
    ...extra,
  });
const event = (
  id: string,
  date: { on: string; precision: "day" | "month" | "year" },
  extra: Record<string, unknown> = {},
) => sourced({ id, kind: "event", date, what: `something happened (${id})`, actors: ["alpha"], ...extra });

describe("labelPeriod", () => {
  it("says only as much as the precision allows", () => {
    expect(labelPeriod({ on: "2018-09-17", precision: "day" })).toMatchObject({
      label: "17 September 2018",
      datetime: "2018-09-17",
    });
    expect(labelPeriod({ on: "2018-09-01", precision: "month" })).toMatchObject({
      label: "September 2018",
      datetime: "2018-09",
    });
    expect(labelPeriod({ on: "2017-01-01", precision: "year" })).toMatchObject({ label: "2017", datetime: "2017" });
  });

  it("never shows the placeholder day of a month- or year-precise date", () => {
    expect(labelPeriod({ on: "2020-02-01", precision: "month" }).label).not.toContain("1 February");
    expect(labelPeriod({ on: "2018-01-01", precision: "year" }).label).not.toContain("January");
  });
});

describe("buildTimeline", () => {
  it("orders dates chronologically whatever order the facts come in", () => {
    const { dates } = buildTimeline(
      [
        event("late", { on: "2020-03-05", precision: "day" }),
        meeting("early", { on: "2017-01-01", precision: "year" }),
        event("middle", { on: "2018-09-17", precision: "day" }),
      ],
      entities,
    );
    expect(dates.map((d) => d.date.label)).toEqual(["2017", "17 September 2018", "5 March 2020"]);
  });

  it("puts a year before its months and a month before its days", () => {
    const { dates } = buildTimeline(
      [
        event("day", { on: "2018-09-07", precision: "day" }),
        event("month", { on: "2018-09-01", precision: "month" }),
        event("year", { on: "2018-01-01", precision: "year" }),
        event("january-day", { on: "2018-01-01", precision: "day" }),
      ],
      entities,
    );
    expect(dates.map((d) => [d.date.label, d.date.datetime])).toEqual([
      ["2018", "2018"],
      ["1 January 2018", "2018-01-01"],
      ["September 2018", "2018-09"],
      ["7 September 2018", "2018-09-07"],
    ]);
  });

  it("groups entries of the same date, the meeting first", () => {
    const { dates } = buildTimeline(
      [
        event("said-before", { on: "2018-09-17", precision: "day" }),
        meeting("talks", { on: "2018-09-17", precision: "day" }),
        event("said-after", { on: "2018-09-17", precision: "day" }),
        event("other-day", { on: "2018-09-16", precision: "day" }),
      ],
      entities,
    );
    expect(dates).toHaveLength(2);
    expect(dates[1]?.entries.map((e) => e.factId)).toEqual(["talks", "said-before", "said-after"]);
  });

  it("keeps a month-precise entry apart from a day of that month", () => {
    const { dates } = buildTimeline(
      [
        meeting("calls", { on: "2020-02-01", precision: "month" }),
        event("first-of-month", { on: "2020-02-01", precision: "day" }),
      ],
      entities,
    );
    expect(dates.map((d) => d.date.label)).toEqual(["February 2020", "1 February 2020"]);
  });

  it("marks planned meetings and proposed facts, and names places and people", () => {
    const { dates } = buildTimeline(
      [
        meeting(
          "planned-talks",
          { on: "2020-03-05", precision: "day" },
          { planned: true, place: "capital", venue: "the palace" },
        ),
        sourced(
          {
            id: "held-event",
            kind: "event",
            date: { on: "2020-03-06", precision: "day" },
            what: "a treaty was signed",
            actors: ["alpha", "beta"],
          },
          "proposed",
        ),
      ],
      entities,
    );
    const [planned, proposed] = dates.map((d) => d.entries[0]);
    expect(planned).toMatchObject({
      planned: true,
      proposed: false,
      title: "Bilateral talks in Capital City",
      place: "the palace, Capital City",
      people: ["Ann Leader", "Bo Leader"],
    });
    expect(proposed).toMatchObject({
      planned: false,
      proposed: true,
      title: "A treaty was signed",
      people: ["Alphaland", "Betastan"],
    });
  });

  it("keeps undated meetings apart instead of guessing a date", () => {
    const timeline = buildTimeline(
      [meeting("some-day", undefined), event("dated", { on: "2019-05-01", precision: "day" })],
      entities,
    );
    expect(timeline.undated.map((e) => e.factId)).toEqual(["some-day"]);
    expect(timeline.dates.flatMap((d) => d.entries).map((e) => e.factId)).toEqual(["dated"]);
  });

  it("leaves out facts that are not meetings or events", () => {
    const backing = sourced({
      id: "alpha-backs-beta",
      kind: "backing",
      backer: "alpha",
      backed: "beta",
      phrasing: "backs",
    });
    expect(buildTimeline([backing], entities)).toEqual({ dates: [], undated: [] });
  });

  it("carries the evidence through for the source links", () => {
    const { dates } = buildTimeline([event("quoted", { on: "2019-05-01", precision: "day" })], entities);
    expect(dates[0]?.entries[0]?.evidence).toEqual([
      {
        article: "an-invented-article",
        passage: "p1",
        quote: "words stating quoted",
        articleTitle: "An invented article",
      },
    ]);
  });
});
