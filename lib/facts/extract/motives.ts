// Motives the text states in its own voice: "Turkey fears that ... a flow of
// refugees", "Kiev demands ...", "Russia wants ...", "Turkey has called for a
// ceasefire". A sentence that gives the motive as someone's reading ("..., the
// analyst said") is left out: whose view it is would be lost.
import type { Article } from "../../content/schema";
import type { FactOfKind, MotiveStance } from "../schema";
import type { EntityBook } from "./entities";
import { sentenceEvidence } from "./evidence";
import { factId } from "./ids";
import { nameOf } from "./naming";
import { ASIDE, LIST, type Reading } from "./reading";
import { actorsIn } from "./reading";

type MotiveFact = FactOfKind<"motive">;

const VERB = String.raw`(fears?|feared|wants?|wanted|seeks?|sought|opposes?|opposed|(?:calls?|called|has called|have called) for|demands?|demanded)`;
const MOTIVE = new RegExp(
  String.raw`^(?:[^⟦]{0,12})(${LIST})${ASIDE}\s+(?:(?:has|have|had|also|still|repeatedly|long|now)\s+){0,2}${VERB}\s+(?:that\s+)?`,
  "iu",
);
/** "..., the analyst said": the motive is someone's reading. */
const REPORTED = /,\s+(?:[^,]{0,60}\s)?(?:said|says|told|according to)\b[^,]*\.?$|\baccording to\b/i;

const CLAUSE_TURN = /,\s+(?:while|whereas|but|a demand|a request|a move|an idea)\b/i;

const STANCES: [RegExp, MotiveStance][] = [
  [/^fear/i, "fears"],
  [/^(?:want|demand)/i, "wants"],
  [/^(?:seek|sought|call|has called|have called)/i, "seeks"],
  [/^oppos/i, "opposes"],
];

export function findMotives(article: Article, readings: readonly Reading[], book: EntityBook): MotiveFact[] {
  const out: MotiveFact[] = [];
  for (const reading of readings) {
    if (REPORTED.test(reading.text)) continue;
    const m = MOTIVE.exec(reading.template);
    if (!m) continue;
    const actor = actorsIn(m[1], reading).find((id) => {
      const type = book.get(id)?.type;
      return type === "country" || type === "organization" || type === "group" || type === "person";
    });
    const verb = m[m.length - 1] ?? "";
    const stance = STANCES.find(([re]) => re.test(verb))?.[1];
    if (!actor || !stance) continue;
    const from = reading.toText[m[0].length] ?? reading.text.length;
    // The aim ends where the sentence turns to someone else ("..., while Moscow proposes ...").
    const aim = (reading.sentence.text.slice(from).split(CLAUSE_TURN)[0] ?? "").replace(/[.!?"”]+$/, "").trim();
    // The text's own verb ("demands that", "has called for") keeps the statement's grammar.
    const said = m[0].slice(m[0].toLowerCase().lastIndexOf(verb.toLowerCase())).trim();
    // "Kiev demands it": nothing said about what.
    if (aim.split(/\s+/).length < 2) continue;
    out.push({
      id: factId("motive", [actor, stance], { words: aim }),
      kind: "motive",
      status: "proposed",
      statement: `${nameOf(book, actor)} ${said} ${aim}.`,
      actor,
      stance,
      aim,
      evidence: [sentenceEvidence(article, reading)],
      conflictsWith: [],
      importance: "supporting",
    });
  }
  return out;
}
