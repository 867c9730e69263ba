// What an agreement requires. An agreement is reached where parties "agreed
// to / on / that", "reached an agreement", "signed a deal" (not "could agree");
// the sentences that follow it and state obligations belong to it while they
// keep doing so:
//   agreed to <do X> / agreed on <X> / agreed that <X>
//   this would entail / require / include <X>
//   <X> must / will / shall be <done> (with "by <deadline>")
//   the agreement meant that <X>; under the deal, <X>
// Each term keeps its deadline ("by October 15", "by the end of the year") and
// any distance or share it sets ("15-20 kilometre-wide"); "agreed to X and to
// Y" and "A must X and B will Y" are two terms. The agreement is the one the
// text names, else one named after where it was reached (a known "Sochi
// agreement" when the parties met in Sochi), else after who agreed.
import type { Article } from "../../content/schema";
import type { FactOfKind, Quantity } from "../schema";
import { escapeRegExp, type EntityBook } from "./entities";
import { sentenceEvidence } from "./evidence";
import { factId, slugify } from "./ids";
import { formatDate, nameOf } from "./naming";
import { countryByWord } from "./countries";
import { meetingPlaceIn, placeAfterIn } from "./places";
import { actorsIn, ASIDE, LIST, mentionsIn, unique, type Reading } from "./reading";
import { verbForms } from "./verbs";
import { MONTH_NAMES } from "../wording";

type DealTermFact = FactOfKind<"deal-term">;
type MeetingFact = FactOfKind<"meeting">;

/** Not "could agree", "may also sign", "failed to reach": only what was agreed counts. */
const HYPOTHETICAL = String.raw`(?<!\b(?:could|may|might|would|should|to|not|never|if|failed to|expected to|hope to|hoped to|want to|wants to|ready to|willing to)\s+(?:(?:[a-z]+ly|also|still|not|yet|soon|then)\s+)?)`;
const AGREED = verbForms("agree");
/** "agreed on Thursday to ...", "agreed late on Friday on ...": when, between the verb and what was agreed. */
const WHEN = String.raw`(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+`;
/** "agreed with South Korean President Moon at their summit in Panmunjom on April 27 to ...". */
const WITH = String.raw`(?:with\s+(?:[^\s,.;]+\s+){1,14}?)?`;
const AGREED_WHAT = String.raw`(?:${AGREED})\s+${WITH}(?:${WHEN})?(?:to|on|upon|that)\b`;
/** What the text says about an agreement it reports: "the declaration says", "according to the agreement". */
const SAYS = String.raw`(?:agreement|deal|accord|declaration|memorandum|text|treaty|plan)\s+(?:says|said|states|stipulates|provides)`;
/** "The May memorandum requires ...", "The Minsk protocol called for ...": an agreement the text names, and what it asks. */
const NAMED_REQUIRES = String.raw`^\s*the\s+(?:[A-Z][\w-]*|⟦\d+⟧)\s+(?:agreement|deal|accord|memorandum|declaration|protocol|plan|treaty)(?:\s*,[^,]{0,120},)?\s+(?:also\s+)?(?:requires|required|calls\s+for|called\s+for|stipulates|stipulated|obliges|obliged)\b`;
const ANCHOR = new RegExp(
  String.raw`${HYPOTHETICAL}\b(?:${AGREED_WHAT}|(?<!\b(?:could|would|may|might)\s+)\b(?:the|this)\s+${SAYS}\b|,\s*according\s+to\s+the\s+(?:agreement|deal|accord|declaration|memorandum)\b|^\s*the\s+(?:new\s+)?(?:agreement|deal|accord|declaration|memorandum)(?:\s*,[^,]{0,120},)?\s+(?:also\s+)?(?:calls|called)\s+for\b|(?:${verbForms("reach", "sign", "strike", "seal", "clinch", "conclude")})\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:agreement|deal|accord|memorandum|treaty|understanding|ceasefire|cease-fire)\b)|\bunder\s+the\s+(?:(?:[a-z-]+|⟦\d+⟧)\s+){0,2}(?:agreement|deal|accord|memorandum|plan|treaty)\b|${NAMED_REQUIRES}`,
  "i",
);

/** "Under the agreement," alone names an agreement already reached. */
const REFERENCE_ONLY = new RegExp(
  String.raw`^(?![\s\S]*${HYPOTHETICAL}\b(?:${AGREED}|${verbForms("reach", "sign", "strike", "seal", "clinch", "conclude")})\b)[\s\S]*\bunder\s+the\b`,
  "i",
);

const ENTAIL = verbForms("entail", "require", "include", "involve", "mean", "see", "foresee", "envisage", "stipulate");
const PASSIVE_PARTICIPLE = String.raw`(?:[a-z]+ed|[a-z]+en|built|set|kept|held|made|put|laid|drawn|withdrawn|taken|given|shut|cut|left|sent|met)`;

type Term = {
  requires: string;
  /** Who the sentence says must act or agreed, as a template fragment. */
  subject?: string;
};

/** The obligation a sentence states, if it states one. */
/** "MINSK, Feb 12 (Reuters) - " before the first sentence's words. */
const DATELINE_LEAD =
  /^(?:⟦\d+⟧|[A-Z][A-Z .'-]+)(?:,\s+(?:⟦\d+⟧|[A-Z][a-z]+))?,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([^)]*\))?\s*-\s*/;

function termOf(fullTemplate: string, hasDeadline: boolean, inBlock = false): Term | undefined {
  const template = fullTemplate.replace(DATELINE_LEAD, "");
  const agreed = new RegExp(
    String.raw`^(.*?)\b(?:${AGREED})\s+${WITH}(?:${WHEN})?(?:to|on|upon|that)\s+(.+)$`,
    "i",
  ).exec(template);
  // "signed a definitive bilateral ceasefire": the ceasefire is the term.
  const truce =
    /\b(?:signed|agreed|reached|declared)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:to\s+)?(?:a|an)\s+((?:[a-z-]+\s+){0,3}(?:ceasefire|cease-fire|truce|cessation of hostilities))\b(?!\s+(?:agreement|deal|accord|pact|plan))/i.exec(
      template,
    );
  if (truce && !agreed && ANCHOR.test(template)) return { requires: truce[1] ?? "" };
  // "signed a memorandum on Thursday to set up four zones": what the signed text is for.
  // Those who signed it are the ones bound, not a place the purpose names ("zones in Syria").
  const signedTo =
    /^(.*?)\bsigned\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:agreement|accord|memorandum|declaration|treaty)(?:\s+on\s+[A-Z][a-z]+)?\s+to\s+(.+)$/i.exec(
      template,
    );
  if (signedTo && !agreed) return { subject: signedTo[1], requires: signedTo[2] ?? "" };
  // "The government pledged to invest ...", inside the account of an agreement.
  const pledged = /^(.*?)\b(?:pledged|promised|undertook|committed itself|committed themselves)\s+to\s+(.+)$/i.exec(
    template,
  );
  if (pledged && inBlock) return { subject: pledged[1], requires: pledged[2] ?? "" };
  if (agreed && ANCHOR.test(template)) return { subject: agreed[1], requires: agreed[2] ?? "" };
  // "The deal, which X also signed, calls for the release of ..."
  const calls =
    /^\s*the\s+(?:new\s+)?(?:agreement|deal|accord|declaration|memorandum)(?:\s*,[^,]{0,120},)?\s+(?:also\s+)?(?:calls|called)\s+for\s+(.+)$/i.exec(
      template,
    );
  if (calls) return { requires: calls[1] ?? "" };
  // "The declaration says the two Koreas will ...", "Moon will visit X, the declaration says."
  const saysFirst = new RegExp(String.raw`^\s*(?:the|this)\s+${SAYS}\s+(?:that\s+)?(.+)$`, "i").exec(template);
  if (saysFirst) return withSubject(saysFirst[1] ?? "");
  const saysLast = new RegExp(
    String.raw`^(.+?)\s*,\s*(?:(?:the|this)\s+${SAYS}|according\s+to\s+the\s+(?:agreement|deal|accord|declaration|memorandum))\s*\.?\s*$`,
    "i",
  ).exec(template);
  if (saysLast) return withSubject(saysLast[1] ?? "");
  const meant = /\b(?:meant|means|mean)\s+that\s+(.+)$/i.exec(template);
  if (meant && /\b(?:agreement|deal|accord|plan|memorandum)\b/i.test(template)) return { requires: meant[1] ?? "" };
  const entail = new RegExp(
    String.raw`\b(?:would|will|shall|also|must)?\s*(?:${ENTAIL})\s+(?:(?:a|an|the)\s+)?(.+)$`,
    "i",
  ).exec(template);
  if (
    entail &&
    /^(?:this|it|that|the (?:(?:\p{Lu}[\p{L}-]+|⟦\d+⟧)\s+)?(?:agreement|deal|plan|accord|memorandum|declaration|protocol|treaty|truce|ceasefire|zone))\b/iu.test(
      template.trim(),
    )
  ) {
    return { requires: entail[1] ?? "" };
  }
  const under =
    /^\s*under\s+the\s+(?:(?:[a-z-]+|⟦\d+⟧)\s+){0,2}(?:agreement|deal|accord|memorandum|plan|treaty)\s*,\s*(.+)$/i.exec(
      template,
    );
  if (under) return withSubject(under[1] ?? "");
  const passive = new RegExp(
    String.raw`^(?:by\s+[^,]+,\s*)?(.+?\b(?:must|shall|will|is to|are to|has to|have to|should)\s+(?:also\s+)?be\s+${PASSIVE_PARTICIPLE}\b.*)$`,
    "i",
  ).exec(template);
  if (passive) return { requires: passive[1] ?? "" };
  const must = new RegExp(
    String.raw`^(?:by\s+[^,]+,\s*)?((?:${LIST}|[\w\s'⟦⟧-]+?)\s+(?:must|has to|have to|is to|are to|were to|was to)\s+(?:also\s+)?(?:not\s+)?(?!be\b)[a-z]+\b.*)$`,
    "i",
  ).exec(template);
  if (must) return withSubject(must[1] ?? "");
  // "Turkey will withdraw its troops by March 1": a promise with a time limit.
  const will = new RegExp(
    String.raw`^(?:by\s+[^,]+,\s*)?((?:${LIST})\s+(?:will|shall)\s+(?:also\s+)?(?!be\b)[a-z]+\b.*)$`,
    "i",
  ).exec(template);
  if (will && hasDeadline) return withSubject(will[1] ?? "");
  // Inside the account of an agreement, what a party or a body "will" do is a term too.
  const willHere =
    /^(?:by\s+[^,]+,\s*)?((?:the\s+|a\s+)?(?:[\w'.⟦⟧-]+\s+){1,12}?(?:will|shall)\s+(?:also\s+)?(?:not\s+)?[a-z]+\b.*)$/i.exec(
      template,
    );
  // Not a trip or a meeting ("will meet again", "will host the next summit"): those are meetings.
  const trip = /\b(?:will|shall)\s+(?:also\s+)?(?:meet|host|visit|travel|fly|hold|attend|talk|return|go)\b/i;
  if (willHere && inBlock && !/^(?:he|she|they|we|i|it)\s/i.test(willHere[1] ?? "") && !trip.test(willHere[1] ?? ""))
    return withSubject(willHere[1] ?? "");
  return undefined;
}

/** "both sides must withdraw ...": the words before the modal say who must act. */
function withSubject(clause: string): Term {
  const subject = /^(.*?)\s+(?:must|has to|have to|will|shall|would|is to|are to|were to|was to|may not)\b/i.exec(
    clause,
  )?.[1];
  return subject === undefined ? { requires: clause } : { requires: clause, subject };
}

/**
 * "agreed to open corridors by May 25 and to pull fighters back", "Israel must
 * release prisoners and Hamas will free hostages": one term per conjunct.
 */
function splitConjuncts(requires: string): string[] {
  const parts: string[] = [];
  let rest = requires;
  const joint =
    /,?\s+and\s+(?=to\s+[a-z]+\b|(?:is|are)\s+(?:guaranteed|given|allowed|required|obliged|entitled)\b|(?:may|must|will|shall)\s+(?:not\s+)?[a-z]+\b|(?:(?:the|a)\s+)?(?:(?:⟦\d+⟧|[A-Za-z-]+)\s+){1,4}(?:will|must|shall|would|is to|are to|has to|have to)\b)/gi;
  for (;;) {
    joint.lastIndex = 0;
    let split: RegExpExecArray | undefined;
    for (const m of rest.matchAll(joint)) {
      const left = rest.slice(0, m.index);
      const right = rest.slice(m.index + m[0].length);
      // Two clauses ("Israel must ... and Hamas will ...") or two infinitives; not "between Latakia and Aleppo must".
      if (/^to\s/i.test(right) || (MODAL.test(left) && MODAL.test(right.split(/[,;]/)[0] ?? ""))) {
        split = m;
        break;
      }
    }
    if (!split) break;
    parts.push(rest.slice(0, split.index));
    rest = rest.slice(split.index + split[0].length).replace(/^to\s+/i, "");
  }
  parts.push(rest);
  return parts.filter((part) => part.trim().length > 0);
}

const MODAL =
  /\b(?:must|will|shall|would|has to|have to|is to|are to|may not|is guaranteed|are guaranteed|is given|are given|is allowed|are allowed|is required|are required|is obliged|are obliged|is entitled|are entitled)\b/i;

/** ", he added", ", Putin said", ", Russian news agencies reported" at the end of a sentence. */
const REPORTING =
  /\s*"?\s*,?\s*"?\s*(?:(?:the\s+)?[\w\s'⟦⟧-]{0,40}?|he|she|they|it)\s+(?:said|added|told [\w\s]+|stressed|noted|reported|announced|explained)\s*\.?\s*$/i;

/**
 * What follows a term but is not part of it: its source, a time relation, a
 * condition on another matter, the reporter's view of it (", in the most
 * serious attempt in months to ...", ", in what officials called ...").
 */
const TAIL =
  /\s*,\s*(?:according to\b|after which\b|depending on\b|with both sides\b|(?:some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years|months|weeks|days)\s+(?:after|before|since)\b|(?:he|she|they)\s+(?:said|added|stressed)\b|but\b|ending\b|bringing\b|in\s+(?:what|(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,3}(?:attempt|effort|bid|move|step|push|sign|signal|blow|boost|setback|breakthrough|test)\b)).*$/i;
/**
 * When the agreement itself holds is not something it requires ("The agreement
 * will only take effect if voters approve it"), and neither is what happens only
 * on a condition ("troops will leave only if ...", "unless ...").
 */
const NOT_REQUIRED = new RegExp(
  String.raw`^(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)?(?:agreement|deal|accord|memorandum|declaration|truce|ceasefire|cease-fire|plan|treaty|protocol)\s+(?:(?:will|would|shall|could|may|is to|is due to|is expected to)\s+)?(?:only\s+)?(?:take|takes|come|comes|enter|enters|go|goes)\s+(?:effect|into force|into effect)\b|\b(?:only\s+(?:if|when|once)|unless|provided\s+that|on\s+condition\s+that)\b`,
  "iu",
);
/** Agreeing to go on talking is not a term of an agreement. */
const PROCESS_ONLY =
  /^(?:to\s+)?(?:keep|continue|go on|resume)\s+(?:talking|talks|negotiating|negotiations)\b|^(?:to\s+)?(?:meet|talk)\s+again\b/i;
/** "In return, ...", "Meanwhile, ...": a link to the sentence before, not part of the term. */
const LEAD = /^\s*(?:in return|in exchange|meanwhile|also|however|in addition|separately)\s*,\s*/i;

function dropReporting(template: string): string {
  return template.replace(REPORTING, "").replace(TAIL, "").replace(LEAD, "");
}

/** Drops the deadline and the quote marks: what is left is what is required. */
function cleanRequirement(template: string, reading: Reading): string {
  let text = template
    .replace(/⟦(\d+)⟧/g, (_, i: string) => reading.mentions[Number(i)]?.text ?? "")
    .replace(/["]/g, "")
    .replace(/[.,;:\s]+$/, "");
  // "by October 15", "by the end of the year" at the end or start
  for (const d of reading.dates.filter((x) => x.deadline)) {
    const esc = d.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`\\s*,?\\s*\\bby\\s+(?:the\\s+)?${esc}\\s*,?`, "i"), " ").trim();
  }
  return text
    .replace(/^(?:a|an)\s+/i, "")
    .replace(/\s{2,}/g, " ")
    .replace(/[.,;:\s]+$/, "")
    .trim();
}

const QUALIFIERS: [RegExp, Quantity["qualifier"]][] = [
  [/^(?:up to|no more than|at most)$/i, "up-to"],
  [/^(?:more than|over|at least|above)$/i, "more-than"],
  [/^(?:about|around|some|nearly|almost|roughly|approximately)$/i, "about"],
  [/^(?:an estimated)$/i, "estimated"],
];
const UNITS: [RegExp, string][] = [
  [/^(?:kilomet(?:re|er)s?|km)$/i, "km"],
  [/^miles?$/i, "mi"],
  [/^(?:met(?:re|er)s?|m)$/i, "m"],
  [/^(?:%|percent|per cent)$/i, "%"],
];
const QUANTITY =
  /(?:\b(up to|no more than|at most|more than|over|at least|above|about|around|some|nearly|almost|roughly|approximately|an estimated)\s+)?\b(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?[\s-]*(kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|%|percent|per cent)(?![\p{L}])/iu;

/** A distance or a share the term sets: "15-20 kilometre-wide" -> 15..20 km. */
function quantityIn(text: string): Quantity | undefined {
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const unit = UNITS.find(([re]) => re.test(m[4] ?? ""))?.[1];
  if (!unit) return undefined;
  const min = Number(m[2]);
  const max = m[3] ? Number(m[3]) : min;
  if (!(min <= max)) return undefined;
  const qualifier = QUALIFIERS.find(([re]) => re.test(m[1] ?? ""))?.[1] ?? "exact";
  return { min, max, qualifier, unit };
}

/** Who agreed, in the sentence that reached the agreement: "Sudan's army and the RSF signed ...". */
function agreersIn(reading: Reading): string[] {
  const verbs = verbForms("agree", "sign", "reach", "strike", "seal", "clinch", "conclude");
  // "X and Y signed ...", "X and Y spoke by phone on Friday and agreed ...".
  const m = new RegExp(
    String.raw`(${LIST})${ASIDE}(?:\s+[^.⟦]*?\s+and)?\s+(?:(?:have|has|had|also|finally|jointly|formally)\s+)*(?:${verbs})\b`,
    "i",
  ).exec(reading.template);
  return m ? actorsIn(m[1], reading) : [];
}

const NOT_A_NAME =
  /^(?:The|This|That|These|An?|Any|Each|Every|New|Under|Its|Their|Our|No|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const AGREEMENT_NAME =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:agreement|accord|memorandum|declaration|protocol|agreements|accords)\b/gu;

/**
 * "the May memorandum": an agreement named after the month it was reached in,
 * the latest such month up to the article's (a report does not name an
 * agreement after a month still to come).
 */
function monthNamed(reading: Reading, book: EntityBook, publishedOn: string): string | undefined {
  const m =
    /\bthe\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(agreement|accord|memorandum|declaration|protocol|deal|truce)\b/i.exec(
      reading.text,
    );
  if (!m) return undefined;
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === (m[1] ?? "").toLowerCase()) + 1;
  if (month === 0) return undefined;
  const year = Number(publishedOn.slice(0, 4)) - (month > Number(publishedOn.slice(5, 7)) ? 1 : 0);
  const name = `${m[1]} ${(m[2] ?? "").toLowerCase()}`;
  return (
    book.findByName(name, ["agreement"])?.id ??
    book.add({ id: `${slugify(name)}-${year}`, type: "agreement", name, aliases: [] })
  );
}

/** "the Minsk agreement", "The Pretoria agreement of November 2": an agreement named after a place. */
function agreementNamedInText(reading: Reading, book: EntityBook, year: string): string | undefined {
  for (const m of reading.text.matchAll(AGREEMENT_NAME)) {
    const word = m[1] ?? "";
    if (NOT_A_NAME.test(word) || countryByWord(word)?.demonyms.includes(word)) continue;
    return agreementAt(book.place(word), book, year);
  }
  return undefined;
}

const REACHED_IN =
  /\b(?:agreement|deal|accord|memorandum|declaration|truce|ceasefire|document|text|plan)\b[^.]{0,80}?\b(?:reached|signed|agreed|struck|concluded|sealed)\b/gi;

/**
 * Where the article says its agreement was reached or signed ("the accord
 * reached in Vienna", "The document was signed in the Kazakh capital"), else
 * the city of its dateline ("MINSK, Feb 12 -"): a wire report is filed from
 * where the talks are.
 */
function agreementPlace(readings: readonly Reading[], book: EntityBook, agreedHere: boolean): string | undefined {
  // An agreement the report sees reached is reached where it is filed; "the accord reached in Vienna" is an older one.
  for (const reading of agreedHere ? [] : readings) {
    for (const m of reading.template.matchAll(REACHED_IN)) {
      const after = reading.template.slice(m.index + m[0].length);
      if (!/^\s*(?:[a-z]+\s+){0,4}?in\b/i.test(after)) continue;
      const place = placeAfterIn(after, reading, book);
      if (place) return place;
    }
  }
  const first = readings.find((r) => DATELINE.test(r.text));
  const city = first ? DATELINE.exec(first.text)?.[1] : undefined;
  return city ? book.place(city.charAt(0) + city.slice(1).toLowerCase()) : undefined;
}

/** "MINSK, Feb 12 -", "CARTAGENA, Colombia, Sept 27 -", "ASTANA, May 4 (Reuters) -". */
export const DATELINE =
  /^([A-Z]{3,}(?:\s[A-Z]{3,})?),\s+(?:[A-Z][a-z]+,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/;

/** An agreement the sentence calls by its name: a known one ("the Sochi memorandum"), or "the Minsk agreement". */
function agreementByName(reading: Reading, book: EntityBook, publishedOn: string): string | undefined {
  const named = reading.mentions.find((m) => m.type === "agreement");
  return (
    named?.ids[0] ??
    agreementNamedInText(reading, book, publishedOn.slice(0, 4)) ??
    monthNamed(reading, book, publishedOn)
  );
}

/** An agreement the sentence itself names: by its name, or one named after the place it names. */
function namedAgreement(reading: Reading, book: EntityBook, publishedOn: string): string | undefined {
  const year = publishedOn.slice(0, 4);
  const byName = agreementByName(reading, book, publishedOn);
  if (byName) return byName;
  // "agreed to X, following up on the truce signed in Pretoria": the place of another, older agreement.
  const own = reading.template.split(/,\s*(?:following|after|before|under|in line with|building on)\b/i)[0] ?? "";
  const place = meetingPlaceIn(own, reading, book);
  return place ? agreementAt(place, book, year) : undefined;
}

/** A known agreement with the place in its name ("Sochi agreement"), preferring that year's; else a new one. */
function agreementAt(place: string, book: EntityBook, year: string): string {
  const placeName = book.placeName(place) ?? place;
  const onPlace = book
    .all()
    .filter(
      (e) =>
        e.type === "agreement" &&
        [e.name, ...e.aliases].some((n) => new RegExp(`\\b${escapeRegExp(placeName)}\\b`, "i").test(n)),
    );
  const pick =
    onPlace.find((e) => [e.name, ...e.aliases].some((n) => n.includes(year))) ??
    (onPlace.length === 1 ? onPlace[0] : undefined);
  if (pick) return pick.id;
  const name = `${placeName} agreement`;
  return book.add({ id: `${slugify(name)}-${year}`, type: "agreement", name, aliases: [] });
}

/**
 * The agreement terms belong to when the agreeing sentence does not name it:
 * the one named after the place of the meeting the article reported first (if
 * it came before), else one named after the people who met, else "unnamed".
 */
function agreementFromMeeting(
  anchor: Reading,
  book: EntityBook,
  meeting: MeetingFact | undefined,
  publishedOn: string,
  where: string | undefined,
): string {
  const before = meeting?.evidence.some((e) => passageIndex(e.passage) <= anchor.sentence.passageIndex) ?? false;
  const year = (before ? meeting?.date?.on : undefined)?.slice(0, 4) ?? publishedOn.slice(0, 4);
  if (where) return agreementAt(where, book, year);
  if (before && meeting?.place) return agreementAt(meeting.place, book, year);
  if (before && meeting) return agreementOf(meeting.participants, book, year);
  return book.add({ id: `unnamed-agreement-${year}`, type: "agreement", name: "unnamed agreement", aliases: [] });
}

/** "Putin and Erdogan agreed ... by phone": the Putin–Erdogan agreement. */
function agreementOf(agreers: readonly string[], book: EntityBook, year: string): string {
  const name = `${agreers.map((p) => book.get(p)?.name.split(" ").pop() ?? p).join("–")} agreement`;
  return book.add({ id: `${slugify(name)}-${year}`, type: "agreement", name, aliases: [] });
}

/** The phone call a sentence reports, if the meetings found one there. */
function callIn(reading: Reading, meetings: readonly MeetingFact[]): MeetingFact | undefined {
  return meetings.find(
    (m) =>
      /phone|call/i.test(m.format) &&
      m.evidence.some((e) => e.passage === reading.sentence.passage && e.quote === reading.sentence.text),
  );
}

function passageIndex(id: string): number {
  return Number(id.slice(1)) - 1;
}

export function findDealTerms(
  article: Article,
  readings: readonly Reading[],
  book: EntityBook,
  meetings: readonly MeetingFact[],
): DealTermFact[] {
  const terms: DealTermFact[] = [];
  const mainMeeting = meetings.find((m) => !/phone|call/i.test(m.format));
  let block: Reading[] = [];
  let misses = 0;
  let agreement: string | undefined;
  let agreers: string[] = [];
  let reached: Reading | undefined;
  // Computed once it is needed: most articles state no terms.
  let where: string | undefined | null = null;
  const agreedHere = readings.some((r) =>
    new RegExp(String.raw`${HYPOTHETICAL}\b${AGREED_WHAT}`, "i").test(r.template),
  );
  const articlePlace = () => (where === null ? (where = agreementPlace(readings, book, agreedHere)) : where);

  for (const reading of readings) {
    const anchored = ANCHOR.test(reading.template);
    if (anchored) {
      block = [reading];
      misses = 0;
      // "Under the agreement, ..." refers to the agreement already reached. "Agreed" or "signed"
      // continue it too ("the parties also agreed to ..."), unless the sentence names another one.
      const year = article.publishedOn.slice(0, 4);
      if (!REFERENCE_ONLY.test(reading.template) || reached === undefined) {
        const named = namedAgreement(reading, book, article.publishedOn);
        const own = agreersIn(reading);
        if (reached === undefined || (named !== undefined && named !== agreement)) {
          // Agreed on a phone call: not where the report was filed, but between those on the line.
          const call = named === undefined ? callIn(reading, meetings) : undefined;
          const place = named === undefined && !call ? articlePlace() : undefined;
          const who = own.length >= 2 ? own : (call?.participants ?? []);
          agreement =
            named ??
            (place !== undefined ? agreementAt(place, book, year) : undefined) ??
            (who.length >= 2 ? agreementOf(who, book, year) : undefined);
          agreers = own.length > 0 ? own : ((call ?? mainMeeting)?.participants ?? []);
          reached = reading;
        } else if (own.length > 0) agreers = own;
      } else {
        // "Under the Minsk agreement, ...": the one it names, even when another was reached just before.
        const named = agreementByName(reading, book, article.publishedOn);
        if (named !== undefined && named !== agreement) {
          agreement = named;
          agreers = [];
        }
      }
    }
    if (block.length === 0) continue;
    const deadlines = reading.dates.filter((d) => d.deadline);
    const inBlock =
      anchored || reading.sentence.passageIndex <= (block[block.length - 1]?.sentence.passageIndex ?? -1) + 1;
    const found = termOf(reading.template, deadlines.length > 0, inBlock);
    if (!found) {
      // One sentence without an obligation may sit inside the list; two end it.
      if (++misses >= 2) block = [];
      continue;
    }
    misses = 0;
    if (!anchored) block.push(reading);
    agreement ??= agreementFromMeeting(reached ?? reading, book, mainMeeting, article.publishedOn, articlePlace());
    const term = { ...found, requires: dropReporting(found.requires) };
    for (const part of splitConjuncts(term.requires)) {
      const requires = cleanRequirement(part, reading);
      if (requires.split(/\s+/).length < 2 || PROCESS_ONLY.test(requires) || NOT_REQUIRED.test(requires)) continue;
      // A deadline belongs to the part that states it.
      const deadline = (
        deadlines.find((d) => part.includes(d.text)) ??
        (splitConjuncts(term.requires).length === 1 ? deadlines[0] : undefined)
      )?.date;
      const quantity = quantityIn(requires);
      const own = withSubject(part).subject;
      const parties = partiesOf(
        { ...term, requires: part, ...(own !== undefined && /⟦/.test(own) ? { subject: own } : {}) },
        reading,
        book,
        agreers,
      );
      // Two different requirements that begin alike ("withdraw heavy weapons from ...") keep apart.
      const base = factId("deal-term", [agreement], { words: requires });
      const alike = terms.filter((t) => new RegExp(`^${escapeRegExp(base)}(?:-\\d+)?$`).test(t.id));
      const same = alike.find((t) => t.requires === requires);
      const id = same ? same.id : alike.length === 0 ? base : `${base}-${alike.length + 1}`;
      terms.push({
        id,
        kind: "deal-term",
        status: "proposed",
        statement: `${capitalise(nameOf(book, agreement))} requires: ${requires}${deadline ? `, by ${formatDate(deadline)}` : ""}.`,
        agreement,
        requires,
        parties,
        ...(deadline ? { deadline } : {}),
        ...(quantity ? { quantity } : {}),
        evidence: [sentenceEvidence(article, reading)],
        conflictsWith: [],
        importance: "supporting",
      });
    }
  }
  return terms;
}

const COLLECTIVE =
  /\b(?:two|three|four|both|all|the)\s+(?:leaders|sides|parties|countries|presidents|men|governments|nations)\b|\bthe\s+parties\b|\beach\s+side\b|^\s*(?:they|we)\b/i;

/**
 * Who must act: the ones the sentence names as acting ("Poland will open ..."),
 * those who agreed when it says "both sides" or "the two leaders", else the
 * groups and countries the requirement itself names.
 */
function partiesOf(term: Term, reading: Reading, book: EntityBook, agreers: readonly string[]): string[] {
  const asCountries = (ids: readonly string[]) =>
    unique(ids.map((id) => (book.get(id)?.type === "person" ? (book.countryOf(id) ?? id) : id)));
  if (term.subject !== undefined) {
    // "Putin said the two leaders agreed": the subject is what follows the reporting verb.
    const subject = term.subject.split(/\b(?:said|says|told\s+[^,]*?|added|announced|stressed|that)\b/i).pop() ?? "";
    const named = mentionsIn(subject, reading).filter(
      (m) => m.type !== "place" && m.how !== "capital" && m.how !== "demonym" && m.how !== "proper",
    );
    if (named.length > 0 && !COLLECTIVE.test(subject)) return asCountries(named.flatMap((m) => m.actors));
    if (COLLECTIVE.test(subject)) return asCountries(agreers);
  }
  return unique(
    mentionsIn(term.requires, reading)
      .filter(
        (m) =>
          m.how !== "proper" &&
          (m.type === "group" || m.type === "organization" || (m.type === "country" && m.how !== "capital")),
      )
      .flatMap((m) => m.actors),
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
