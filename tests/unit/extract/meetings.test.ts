import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const meetingsIn = (publishedOn: string, ...paragraphs: string[]) =>
  ofKind(factsOf(articleOf(publishedOn, ...paragraphs)), "meeting");

describe("meetings: who met whom, where, when, how", () => {
  it("X and Y met, with a weekday resolved backwards from publication", () => {
    const [m, ...rest] = meetingsIn(
      "2018-09-19",
      "Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan met Monday in the Black Sea resort of Sochi.",
    );
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      participants: ["recep-tayyip-erdogan", "vladimir-putin"],
      date: { on: "2018-09-17", precision: "day" },
      place: "sochi",
      planned: false,
    });
  });

  it("X will meet Y, with a weekday resolved forwards, and a venue", () => {
    const [m] = meetingsIn(
      "2020-03-04",
      "Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan will meet on Thursday at the Kremlin.",
    );
    expect(m).toMatchObject({ date: { on: "2020-03-05", precision: "day" }, venue: "the Kremlin", planned: true });
  });

  it("a summit with a third leader joins the meeting; the format is kept", () => {
    const [m] = meetingsIn(
      "2018-09-17",
      "Erdogan and Putin met previously on September 7 in Tehran for a three-way summit with Iranian President Hassan Rouhani.",
    );
    expect(m).toMatchObject({
      participants: ["hassan-rouhani", "recep-tayyip-erdogan", "vladimir-putin"],
      date: { on: "2018-09-07", precision: "day" },
      place: "tehran",
      format: "three-way summit",
    });
  });

  it("talks between, with a date from 'N days after' the article's meeting", () => {
    const meetings = meetingsIn(
      "2018-09-17",
      "The presidents of Russia and Turkey are set to meet on September 17 for talks.",
      "The meeting in Sochi comes 10 days after a summit between Vladimir Putin, Recep Tayyip Erdogan, and their Iranian counterpart, Hassan Rohani, failed to produce a compromise.",
    );
    expect(meetings.map((m) => [m.participants.length, m.date?.on, m.place])).toEqual([
      [2, "2018-09-17", "sochi"],
      [3, "2018-09-07", undefined],
    ]);
  });

  it("duration, and the place of a venue", () => {
    const [m] = meetingsIn(
      "2018-09-18",
      "Vladimir Putin and Recep Tayyip Erdogan met for over four hours at Putin's residence in the Black Sea resort city of Sochi.",
    );
    expect(m).toMatchObject({ duration: "over four hours", venue: "Putin's residence", place: "sochi" });
  });

  it("countries launching negotiations, dated 'last year'", () => {
    const [m] = meetingsIn(
      "2018-09-17",
      "Turkey, Russia, and Iran launched a negotiations process last year in the Kazakh capital, Astana.",
    );
    expect(m).toMatchObject({
      participants: ["iran", "russia", "turkey"],
      date: { on: "2017-01-01", precision: "year" },
      format: "negotiations process",
    });
    expect(m?.place).toBe("astana");
  });

  it("'could meet' is not a meeting, and one person alone does not meet", () => {
    expect(
      meetingsIn(
        "2020-03-04",
        "The delegations of Russia and Turkey could meet before the talks.",
        "Putin will host the next summit.",
      ),
    ).toEqual([]);
  });

  it("'the two men will meet again' on another day is a second meeting of the same people", () => {
    const meetings = meetingsIn(
      "2023-05-21",
      "Vladimir Putin met Recep Tayyip Erdogan on Thursday. The two men will meet again in Moscow on June 6.",
    );
    expect(meetings.map((m) => [m.date?.on, m.place ?? null, m.planned])).toEqual([
      ["2023-05-18", null, false],
      ["2023-06-06", "moscow", true],
    ]);
  });
});

describe("meetings in reported speech", () => {
  it("'X said on Saturday he would hold talks with Y in Z next week': not dated Saturday, and 'next week' names no day", () => {
    const [m, ...rest] = meetingsIn(
      "2020-02-17",
      "Turkish President Recep Tayyip Erdogan said on Saturday he would hold talks with Russian President Vladimir Putin in Istanbul next week.",
    );
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      participants: ["recep-tayyip-erdogan", "vladimir-putin"],
      place: "istanbul",
      planned: true,
    });
    expect(m?.date).toBeUndefined();
  });
});
