// Meetings in the phrasings wire copy uses beyond "X and Y met": a relative
// clause, a signing, a journey for talks, "their summit", a group named before
// ("the two leaders", "experts from the three countries") and family-name-first
// names. Sentences invented for these tests.
import { describe, expect, it } from "vitest";
import { articleOf, factsOf, ofKind } from "./helpers";

const meetingsIn = (publishedOn: string, ...paragraphs: string[]) =>
  ofKind(factsOf(articleOf(publishedOn, ...paragraphs), []), "meeting").map((m) => ({
    who: m.participants.join("+"),
    place: m.place,
    on: m.date?.on,
    planned: m.planned,
  }));

describe("meetings in more phrasings", () => {
  it("a relative clause: 'Y, who met X in Z on Tuesday'", () => {
    expect(
      meetingsIn(
        "2021-03-12",
        "The plan was drafted by Foreign Minister Lena Varga, who met Prime Minister Tomas Rell in Vilnius on Tuesday.",
      ),
    ).toEqual([{ who: "lena-varga+tomas-rell", place: "vilnius", on: "2021-03-09", planned: false }]);
  });

  it("a relative clause in the future: 'who is expected to meet X in the coming weeks'", () => {
    expect(
      meetingsIn(
        "2021-03-12",
        "President Arno Kessel, who is expected to meet Prime Minister Tomas Rell in the coming weeks, welcomed the plan.",
      ),
    ).toEqual([{ who: "arno-kessel+tomas-rell", place: undefined, on: undefined, planned: true }]);
  });

  it("a family name first stands for the whole name later ('Park Min-jun' ... 'Park')", () => {
    expect(
      meetingsIn(
        "2021-05-20",
        "Premier Park Min-jun arrived in the capital on Monday.",
        "President Arno Kessel met Park in Busan on Wednesday.",
      ),
    ).toEqual([{ who: "arno-kessel+park-min-jun", place: "busan", on: "2021-05-19", planned: false }]);
  });

  it("a signing with its place and day is a meeting; a signing last year with neither is not", () => {
    expect(
      meetingsIn(
        "2019-10-02",
        "President Arno Kessel and rebel leader Dario Mend signed a peace agreement in the port city of Valmora on Tuesday.",
        "Last year, Estonia and Latvia signed a similar agreement on fisheries.",
      ),
    ).toEqual([{ who: "arno-kessel+dario-mend", place: "valmora", on: "2019-10-01", planned: false }]);
  });

  it("a passive signing names the two who signed, not the people their titles mention", () => {
    const [m, ...rest] = meetingsIn(
      "2019-10-02",
      "The accord was signed in Valmora by Ilse Brandt, an adviser to President Arno Kessel, and Dario Mend, spokesman for the rebels, after a week of talks.",
    );
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ who: "dario-mend+ilse-brandt", place: "valmora" });
  });

  it("a journey is a meeting only when talks with someone follow", () => {
    expect(
      meetingsIn(
        "2022-04-09",
        "Chancellor Olaf Brenner and President Lucie Marchal flew to Rome on Friday for four hours of talks with Prime Minister Dario Conte.",
        "Chancellor Olaf Brenner flew to Madrid on Saturday.",
      ),
    ).toEqual([
      {
        who: "dario-conte+lucie-marchal+olaf-brenner",
        place: "rome",
        on: "2022-04-08",
        planned: false,
      },
    ]);
  });

  it("'X agreed with Y at their summit' and 'the two leaders plan to meet again' are two meetings", () => {
    expect(
      meetingsIn(
        "2022-04-09",
        "President Arno Kessel agreed with Prime Minister Tomas Rell at their summit in Tallinn on April 2 to open the border, and the two leaders plan to meet again in Riga in the autumn.",
      ),
    ).toEqual([
      { who: "arno-kessel+tomas-rell", place: "tallinn", on: "2022-04-02", planned: false },
      { who: "arno-kessel+tomas-rell", place: "riga", on: undefined, planned: true },
    ]);
  });

  it("'experts from the three countries will meet' are the three countries named before", () => {
    const found = meetingsIn(
      "2022-04-09",
      "Estonia, Latvia and Lithuania agreed on Friday to build a joint power grid.",
      "Experts from the three countries will meet again in Riga on April 20 to draw up a timetable.",
    );
    expect(found).toContainEqual({ who: "estonia+latvia+lithuania", place: "riga", on: "2022-04-20", planned: true });
  });

  it("a group that could meet, or has no named group to stand for, is no meeting", () => {
    expect(
      meetingsIn(
        "2022-04-09",
        "The two leaders could meet in Riga later this year.",
        "Experts from the four countries will meet in Vilnius next week.",
      ),
    ).toEqual([]);
  });
});
