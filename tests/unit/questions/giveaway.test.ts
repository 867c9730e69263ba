// Enemy items: pairs a teacher would never print on one quiz because one answers the other.
import { describe, expect, it } from "vitest";
import { clash } from "@/lib/questions/lint";
import type { Question } from "@/lib/questions";

const base = {
  topic: "event" as const,
  status: "reviewed" as const,
  difficulty: 0.5,
  articles: [] as string[],
  evidence: [] as Question["evidence"],
  explanation: "x",
};
let n = 0;
function choice(prompt: string, choices: string[], answers: string[], multi = false): Question {
  n += 1;
  const kind = multi ? "multi-select" : "single-choice";
  return { ...base, id: `q${n}`, factIds: [`f${n}`], kind, prompt, choices, answers } as Question;
}
function statement(text: string): Question {
  n += 1;
  return {
    ...base,
    id: `q${n}`,
    factIds: [`f${n}`],
    kind: "true-false",
    prompt: `True or false? ${text}`,
    statement: text,
    choices: ["True", "False"],
    answers: ["True"],
  };
}
function cloze(text: string, answers: string[]): Question {
  n += 1;
  return {
    ...base,
    id: `q${n}`,
    factIds: [`f${n}`],
    kind: "cloze",
    prompt: `Fill in the blank with a date. ${text}`,
    text,
    choices: [],
    answers,
    answerType: "date",
  } as Question;
}

describe("clash (enemy items)", () => {
  it("sees a person's key printed by surname alone beside the same story", () => {
    const whoSaid = choice(
      "Who said that the Lisbon cabinet was using the strikes to justify new port rules?",
      ["Ana Ferreira", "Rui Matos", "Joao Lopes"],
      ["Ana Ferreira"],
    );
    const other = choice(
      "Which of these happened on 3 May 2021?",
      ["Ferreira accused the Lisbon cabinet of bending port rules", "The dockers ended their strike"],
      ["The dockers ended their strike"],
    );
    expect(clash(whoSaid, other)).toBe(true);
  });

  it("sees a select-all whose every key another item lists", () => {
    const which = choice(
      "Which countries opened the water talks in 2019? Select all that apply.",
      ["Kenya", "Uganda", "Egypt", "Ghana"],
      ["Kenya", "Uganda", "Egypt"],
      true,
    );
    const listing = statement("The talks of Egypt, Kenya and Uganda deal mainly with dam levels.");
    expect(clash(which, listing)).toBe(true);
  });

  it("sees a date key printed in another form, and a place named beside the event a where-item asks about", () => {
    const blank = cloze("On _____, the harbour reopened to cargo ships.", ["14 June 2022", "June 14"]);
    const dated = choice("Who said the unions had agreed terms on June 14?", ["A", "B", "C"], ["A"]);
    expect(clash(blank, dated)).toBe(true);
    const where = choice("Where did the two ministers hold talks on 9 April?", ["Oslo", "Bergen", "Tromso"], ["Oslo"]);
    const namesIt = choice(
      "Who said the talks in Oslo would end without a statement?",
      ["Per", "Kari", "Ola"],
      ["Kari"],
    );
    expect(clash(where, namesIt)).toBe(true);
  });

  it("sees a sentence-long key restated as another item's option", () => {
    const whose = choice(
      "Which of these is the port authority's account?",
      ["The strike ended after the dockers accepted a new wage offer", "The ships were turned away by the navy"],
      ["The strike ended after the dockers accepted a new wage offer"],
    );
    const restated = choice(
      "Which of these happened on 2 May?",
      ["The dockers accepted a new wage offer and the strike ended, according to the port authority", "Rain fell"],
      ["Rain fell"],
    );
    expect(clash(whose, restated)).toBe(true);
  });

  it("sees a two-digit figure printed in another item", () => {
    const howMany = choice("According to the army, how many soldiers died in the raid?", ["12", "36", "48"], ["36"]);
    expect(clash(howMany, statement("The army says the raid killed 36 soldiers."))).toBe(true);
  });

  it("leaves apart a key printed in an item about something else", () => {
    const backs = choice("Which country backs the Zambezi rebels?", ["Kenya", "Uganda", "Egypt"], ["Kenya"]);
    const unrelated = statement("Kenya held an election in the summer.");
    expect(clash(backs, unrelated)).toBe(false);
  });
});
