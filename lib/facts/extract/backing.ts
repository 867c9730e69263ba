// Who backs whom, in the ways English says it:
//   X backs / supports / is backing Y          (active)
//   Y is backed / supported by X                (passive)
//   X-backed Y, X-backed forces of Y            (compound adjective)
//   X and Z are (key) allies / backers of Y     (ally nouns), Y's allies X and Z
//   X gave / has given Y (crucial) support      (support nouns), X's support for Y
// Patterns run over the sentence template, where every entity mention is ⟦i⟧.
import type { Article } from "../../content/schema";
import type { FactOfKind } from "../schema";
import { countryByCapital, countryByWord } from "./countries";
import type { EntityBook } from "./entities";
import { sentenceEvidence } from "./evidence";
import { factId } from "./ids";
import { nameOf } from "./naming";
import { actorsIn, ASIDE, LIST, mentionsIn, unique, type Reading } from "./reading";
import { participles, verbForms } from "./verbs";

type BackingFact = FactOfKind<"backing">;

const ADV = String.raw`(?:[a-z]+ly|however|also|still|long|now|already|too|both|all|even|then|further|openly|reportedly|traditionally|strongly)`;
const AUX = String.raw`(?:is|are|was|were|has|have|had|will|would|could|been|be|being|continues to|continue to|continued to|has long|have long)`;
const PRE_VERB = String.raw`${ASIDE}(?:\s*,\s*(?:which|who)\s+|\s+(?:which|who|that)\s+|\s+)(?:(?:${ADV}|${AUX})\s+){0,4}`;
const OBJECT_LEAD = String.raw`(?:(?:the|a|an|some|several|various|many|armed|moderate|local|different|its|their)\s+){0,2}`;
/** A list that is not the possessor of something else ("Syria's determination"). */
const OBJECT = String.raw`(${LIST})(?!\s*'s?\b)`;

const BACK_VERBS = verbForms("back", "support", "arm", "fund", "finance", "sponsor", "bankroll");
const BACK_PARTICIPLES = participles("back", "support", "arm", "fund", "finance", "sponsor", "bankroll");
/** "is", "has long been", "remains", "has become": what links a side to the ally it is. */
const COPULA = String.raw`(?:(?:has|have|had)\s+(?:${ADV}\s+)*(?:been|become)|is|are|was|were|remain|remains|remained|becomes?|became)`;
const ALLY_NOUNS = String.raw`(?:allies|ally|backers|backer|supporters|supporter|patrons|patron|sponsors|sponsor|protectors|protector)`;
const SUPPORT_NOUNS = String.raw`(?:support|backing|aid|assistance|help|protection|cover)`;
const GIVE_VERBS = verbForms("give", "provide", "offer", "lend", "extend", "pledge");
const HEADS = String.raw`(?:forces|troops|fighters|militias?|groups?|offensive|government|army|units|soldiers|proxies)`;

type Pattern = { name: string; re: RegExp; backer: number; backed: number; alsoBacker?: number };

const SIDE_VERBS = verbForms("side", "fight", "stand");
const OPPOSED = String.raw`(?:forces|groups|fighters|those|militias|troops)\s+(?:opposed to|fighting|fighting against|against)\s+`;

const PATTERNS: Pattern[] = [
  // The Syrian opposition, which Turkey backs
  {
    name: "object-relative",
    re: new RegExp(
      String.raw`(${LIST})\s*,\s*(?:which|whom|that)\s+(${LIST})\s+(?:(?:${ADV}|${AUX})\s+){0,2}(${BACK_VERBS})\b(?!\s+(?:the|a|an|its|their)?\s*⟦)`,
      "gi",
    ),
    backer: 2,
    backed: 1,
  },
  // Russia and China have sided with Iran; Eritrea, whose troops have fought alongside X
  {
    name: "side-with",
    re: new RegExp(
      String.raw`(${LIST})(?:\s*,\s*whose\s+(?:troops|forces|soldiers|fighters)|${ASIDE})\s+(?:(?:${ADV}|${AUX})\s+){0,3}(?:${SIDE_VERBS})\s+(?:alongside|with|on the side of)\s+${OBJECT_LEAD}(${LIST})`,
      "gi",
    ),
    backer: 1,
    backed: 2,
  },
  // China, North Korea's main backer, has urged ...
  {
    name: "ally-apposition",
    re: new RegExp(String.raw`(${LIST})\s*,\s*(⟦\d+⟧)\s*'s?\s+(?:[a-z-]+\s+){0,2}${ALLY_NOUNS}\s*,`, "gi"),
    backer: 1,
    backed: 2,
  },
  // pro-Moscow separatists, pro-Russian rebels
  { name: "pro", re: /\bpro-(⟦\d+⟧)(?:\s+[a-z]+)?\s+(⟦\d+⟧)/gi, backer: 1, backed: 2 },
  // The United States, which spent billions of dollars on military aid to Bogota
  {
    name: "aid-to",
    re: new RegExp(
      String.raw`(${LIST})${PRE_VERB}(?:${verbForms("spend", "send", "give", "provide", "pour")})\s+(?:[\w$,-]+\s+){0,5}(?:military|financial|economic)\s+(?:aid|support|assistance)\s+(?:to|for)\s+${OBJECT_LEAD}(${LIST})`,
      "gi",
    ),
    backer: 1,
    backed: 2,
  },
  // Turkey however backs opposition fighters; Turkey is backing rebel groups
  {
    name: "active",
    re: new RegExp(String.raw`(${LIST})${PRE_VERB}(${BACK_VERBS})\s+${OBJECT_LEAD}${OBJECT}`, "gi"),
    backer: 1,
    backed: 3,
  },
  // rebels (who are) backed by Turkey
  {
    name: "passive",
    re: new RegExp(
      String.raw`(${LIST})${ASIDE}\s*,?\s+(?:(?:which|who|that)\s+)?(?:(?:is|are|was|were|has been|have been|had been|being|remain|remains)\s+)?(?:${ADV}\s+){0,2}(${BACK_PARTICIPLES})\s+by\s+${OBJECT_LEAD}(${LIST})`,
      "gi",
    ),
    backer: 3,
    backed: 1,
  },
  // Russia-backed forces of the Syrian regime; Russian-backed offensive by Syrian forces; Iran-backed Houthis
  {
    name: "compound",
    re: new RegExp(
      String.raw`(⟦\d+⟧)-(${BACK_PARTICIPLES})\s+(?:${HEADS}\s+(?:of|by|from|loyal to)\s+${OBJECT_LEAD})?(${LIST})`,
      "gi",
    ),
    backer: 1,
    backed: 3,
  },
  // Russia and Iran are key allies of Assad's regime
  {
    name: "ally",
    re: new RegExp(
      String.raw`(${LIST})${ASIDE}\s*(?:,\s*|\s+(?:${ADV}\s+)*${COPULA}\s+)(?:${ADV}\s+)*(?:(?:a|an|the|one of the|among the)\s+)?(?:[a-z-]+\s+){0,2}${ALLY_NOUNS}\s+of\s+${OBJECT_LEAD}(${LIST})`,
      "gi",
    ),
    backer: 1,
    backed: 2,
  },
  // Hezbollah, the Iran-backed Lebanese group
  {
    name: "compound-apposition",
    re: new RegExp(String.raw`(⟦\d+⟧)\s*,\s*(?:the|an?)\s+(⟦\d+⟧)-(${BACK_PARTICIPLES})\b`, "gi"),
    backer: 2,
    backed: 1,
  },
  // Moscow is Assad's main backer, along with Tehran; China remains the North's most important ally
  {
    name: "ally-predicate",
    re: new RegExp(
      String.raw`(${LIST})${ASIDE}\s+${COPULA}\s+(?:${ADV}\s+)*(?:(?:one|among)\s+of\s+)?(?:the\s+)?(⟦\d+⟧)\s*'s?\s+(?:[a-z-]+\s+){0,2}${ALLY_NOUNS}(?:\s*,?\s+(?:along with|as well as|together with)\s+(${LIST}))?`,
      "gi",
    ),
    backer: 1,
    backed: 2,
    alsoBacker: 3,
  },
  // Assad's allies Russia and Iran
  {
    name: "ally-possessive",
    re: new RegExp(String.raw`(⟦\d+⟧)\s*'s?\s+(?:[a-z-]+\s+){0,2}${ALLY_NOUNS}\s*,?\s+(${LIST})`, "gi"),
    backer: 2,
    backed: 1,
  },
  // Moscow and Tehran have given Assad crucial support
  {
    name: "support-given",
    re: new RegExp(
      String.raw`(${LIST})${PRE_VERB}(${GIVE_VERBS})\s+${OBJECT_LEAD}(${LIST})\s+(?:[a-z-]+\s+){0,2}${SUPPORT_NOUNS}\b`,
      "gi",
    ),
    backer: 1,
    backed: 3,
  },
  // Russia provides military support to the Syrian government
  {
    name: "support-to",
    re: new RegExp(
      String.raw`(${LIST})${PRE_VERB}(${GIVE_VERBS})\s+(?:[a-z-]+\s+){0,3}${SUPPORT_NOUNS}\s+(?:to|for)\s+${OBJECT_LEAD}(${LIST})`,
      "gi",
    ),
    backer: 1,
    backed: 3,
  },
  // Russia's support for the Syrian government
  {
    name: "support-possessive",
    re: new RegExp(
      String.raw`(${LIST})\s*'s?\s+(?:[a-z-]+\s+){0,2}${SUPPORT_NOUNS}\s+(?:for|of)\s+${OBJECT_LEAD}(${LIST})`,
      "gi",
    ),
    backer: 1,
    backed: 2,
  },
];

/** The words that say it, as the sentence puts them: "key allies of", "backs", "Russia-backed". */
function phrasing(reading: Reading, match: RegExpMatchArray, p: Pattern): string {
  const whole = match[0];
  const backer = match[p.backer] ?? "";
  const backed = match[p.backed] ?? "";
  const also = p.alsoBacker ? (match[p.alsoBacker] ?? "") : "";
  const stripped = whole
    // "the North's most important ally": the article goes with the name taken out.
    .replace(/\bthe\s+(⟦\d+⟧\s*'s?\s)/i, "$1")
    .replace(backer, p.name === "compound" ? (mentionsIn(backer, reading)[0]?.text ?? "") : "")
    .replace(backed, "")
    .replace(also, "")
    .replace(/\s*,?\s*(?:along with|as well as|together with)\s*$/i, "")
    .replace(/\s*'s?(?=\s|$)/g, "")
    .replace(/⟦(\d+)⟧/g, (_, i: string) => reading.mentions[Number(i)]?.text ?? "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,]+|[\s,]+$/g, "")
    // An aside ("led by General X,") is not how the backing is said.
    .replace(/^.*,\s*/, "")
    .replace(new RegExp(String.raw`^(?:(?:which|who|that)\s+)?(?:${ADV}\s+)+`, "i"), "")
    .replace(/(?:\s+(?:the|a|an|its|their|some|several|various|many|armed|moderate|local|different))+$/i, "");
  return stripped.length > 0 ? stripped : p.name;
}

const SIDES = new RegExp(
  String.raw`(${LIST})(?:\s*[,-]\s*|\s+)(?:(?:which|who|that)\s+)?(?:(?:${ADV}|${AUX})\s+){0,3}(?:(?:${BACK_VERBS})\s+|(?:(?:are|were|is|remain|remained|stand|stood)\s+)?on\s+)(?:the\s+)?(?:different|opposite|opposing|rival|separate)\s+sides\b`,
  "gi",
);

/**
 * "Russia and Turkey, which are backing different sides", "X and Y are on
 * opposite sides": no pair to propose, but a reviewer of X's and Y's backing
 * facts should see it, so it goes into their notes.
 */
function noteOppositeSides(facts: BackingFact[], readings: readonly Reading[], book: EntityBook): void {
  for (const reading of readings) {
    for (const m of reading.template.matchAll(SIDES)) {
      const sides = actorsIn(m[1], reading).map((id) =>
        book.get(id)?.type === "person" ? (book.countryOf(id) ?? id) : id,
      );
      if (new Set(sides).size < 2) continue;
      const note = `The article says ${sides.map((id) => nameOf(book, id)).join(" and ")} back opposite sides (${reading.sentence.passage}: "${reading.sentence.text}").`;
      for (const f of facts) {
        if (sides.includes(f.backer) && !(f.note ?? "").includes(note)) f.note = f.note ? `${f.note} ${note}` : note;
      }
    }
  }
}

const OPPOSED_TO = new RegExp(
  String.raw`(${LIST})${PRE_VERB}(${BACK_VERBS})\s+${OBJECT_LEAD}${OPPOSED}${OBJECT_LEAD}(${LIST})`,
  "gi",
);

/** The other side: the government a rebel group fights, the rebels a government fights, in the same country. */
function opponentOf(id: string, book: EntityBook): string | undefined {
  const e = book.get(id);
  if (!e || e.type !== "group") return undefined;
  const first = e.name.split(/\s+/)[0] ?? "";
  const rebels = /\b(?:rebels?|opposition|insurgents?|separatists?)\b/i.test(e.name);
  const government = /\b(?:government|regime|army|forces)\b/i.test(e.name);
  if (!rebels && !government) return undefined;
  const wanted = rebels ? /\b(?:government|regime)\b/i : /\b(?:rebels?|opposition|insurgents?)\b/i;
  return book
    .all()
    .find((x) => x.type === "group" && x.id !== id && x.name.split(/\s+/)[0] === first && wanted.test(x.name))?.id;
}

function backingFact(
  article: Article,
  reading: Reading,
  book: EntityBook,
  backer: string,
  backed: string,
  how: string,
): BackingFact {
  return {
    id: factId("backing", [backer, backed]),
    kind: "backing",
    status: "proposed",
    statement: `${nameOf(book, backer)} backs ${nameOf(book, backed)}.`,
    backer,
    backed,
    phrasing: how,
    evidence: [sentenceEvidence(article, reading)],
    conflictsWith: [],
    importance: "supporting",
  };
}

export function findBacking(article: Article, readings: readonly Reading[], book: EntityBook): BackingFact[] {
  const facts: BackingFact[] = [];
  for (const reading of readings) {
    // "pro-Moscow separatists": the side leans to Moscow.
    for (const m of reading.mentions) {
      const pro = /^pro-(\p{Lu}[\p{L}-]+)/u.exec(m.text);
      // "pro-Russian", "pro-Moscow": a capital leans for its country.
      const info = pro ? (countryByWord(pro[1] ?? "") ?? countryByCapital(pro[1] ?? "")) : undefined;
      const target = m.ids[0];
      if (info && target)
        facts.push(backingFact(article, reading, book, book.country(info), target, `pro-${pro?.[1] ?? ""}`));
    }
    // "Iran, which supports forces opposed to the rebels": Iran backs the rebels' enemy.
    for (const match of reading.template.matchAll(OPPOSED_TO)) {
      const backers = actorsIn(match[1], reading);
      for (const against of actorsIn(match[3], reading)) {
        const target = opponentOf(against, book);
        if (!target) continue;
        for (const backer of backers)
          if (backer !== target)
            facts.push(backingFact(article, reading, book, backer, target, "supports forces opposed to"));
      }
    }
    for (const p of PATTERNS) {
      for (const match of reading.template.matchAll(p.re)) {
        const backers = [
          ...actorsIn(match[p.backer], reading),
          ...(p.alsoBacker ? actorsIn(match[p.alsoBacker], reading) : []),
        ];
        // "Russian" in "backs Russian troops" is an adjective, not who is backed.
        const backed = unique(
          mentionsIn(match[p.backed], reading)
            .filter((m) => m.how !== "demonym")
            .flatMap((m) => m.actors),
        );
        for (const backer of backers) {
          for (const target of backed) {
            if (backer === target) continue;
            facts.push({
              id: factId("backing", [backer, target]),
              kind: "backing",
              status: "proposed",
              statement: `${nameOf(book, backer)} backs ${nameOf(book, target)}.`,
              backer,
              backed: target,
              phrasing: phrasing(reading, match, p),
              evidence: [sentenceEvidence(article, reading)],
              conflictsWith: [],
              importance: "supporting",
            });
          }
        }
      }
    }
  }
  noteOppositeSides(facts, readings, book);
  return facts;
}
