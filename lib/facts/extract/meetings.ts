// Who met whom, where, when, in what format and for how long.
//   X and Y met (Monday) / X met (with) Y / X will meet Y / X is set to meet Y
//   X and Y hold talks / X held talks with Y / X said he would hold talks with Y
//   X and Y spoke by phone / have had five phone calls (format "phone calls")
//   X, Y and Z launched a negotiations process
//   talks / a summit / a meeting between X, Y and Z
//   X met Y ... for a three-way summit with Z (Z joins the meeting)
//   the meeting in Sochi / the talks at his residence (a definite reference
//   back to the meeting the article is about: it adds place, venue, duration)
//   the two men will meet again on June 6 (the same people, another meeting)
// Place: "in <place>" (the most specific place of an "in X's resort of Y"
// chain); venue: "at the Kremlin", "at his residence"; date: chrono against
// publication, by tense; duration: "for over four hours". "could meet" is not
// a meeting.
import type { Article } from "../../content/schema";
import type { FactDate, FactOfKind } from "../schema";
import { countryByCapital } from "./countries";
import type { EntityBook } from "./entities";
import { sentenceEvidence } from "./evidence";
import { factId } from "./ids";
import type { Mention } from "./mentions";
import { formatDate, joinNames, nameOf } from "./naming";
import { tenseAt } from "./dates";
import { DATELINE } from "./deal-terms";
import { placeAfterIn, placeBeforeNoun } from "./places";
import { actorsIn, ASIDE, LIST, unique, type Reading } from "./reading";
import {
  GROUP_REFERENCE,
  groupOf,
  groupsIn,
  resolveGroup,
  type GroupReference,
  type NamedGroup,
} from "./meeting-groups";
import { verbForms } from "./verbs";
import { NUMBER_WORDS } from "../wording";

type MeetingFact = FactOfKind<"meeting">;

const ADV = String.raw`(?:[a-z]+ly|however|also|still|now|already|then|again|finally|first|last)`;
const AUX = String.raw`(?:is|are|was|were|will|would|could|may|might|shall|should|has|have|had|did|do|does|been|be|not)`;
const PLAN = String.raw`(?:(?:set|due|scheduled|expected|going|about|planning|poised|slated|preparing|ready)\s+to|to)`;
const MEET = verbForms("meet");
const HOLD = `${verbForms("hold")}\\s+(?:[a-z-]+\\s+){0,2}(?:talks|a meeting|a summit|negotiations|discussions)`;
const HOST = verbForms("host");
/** Calls count as meetings at a distance: "spoke by phone", "have had five phone calls". */
const CALL = String.raw`(?:${verbForms("speak", "talk")}\s+(?:with\s+⟦\d+⟧\s+)?(?:by|over the|on the)\s+(?:tele)?phone|${verbForms("have", "hold")}\s+(?:[a-z0-9-]+\s+){0,2}(?:(?:tele)?phone calls?|telephone conversations?))`;
/** "launched a negotiations process", "opened talks", "began a round of talks". */
const PROCESS = String.raw`(?:${verbForms("launch", "open", "begin", "start", "hold", "join", "resume")}\s+(?:a|an|the|new|fresh|direct|peace|\s)*(?:negotiations? process|peace process|round of talks|talks|negotiations))`;
/** "signed a peace agreement", "signed the memorandum": the parties met to sign it. */
const SIGN = String.raw`(?:${verbForms("sign")}\s+(?:(?:a|an|the|their|its)\s+)?(?:[\p{L}"'-]+\s+){0,4}?(?:agreement|accord|deal|memorandum|ceasefire|cease-fire|truce|treaty|declaration|protocol|pact))`;
/** "flew to Moscow ... for talks with Putin": a journey is a meeting only with the talks it was for. */
const TRAVEL = String.raw`(?:${verbForms("fly", "travel", "go", "come")}\s+to\s+⟦\d+⟧)`;
const NOUNS = String.raw`(?:talks|summit|meeting|negotiations|discussions)`;
const FORMAT = String.raw`(?:(?:(?:[a-z]+-way|bilateral|trilateral|tripartite|face-to-face|one-on-one|emergency|informal|official)\s+)?(?:summit|talks|meeting|negotiations))`;

/** "X said on Saturday he would hold talks with Y": the speaker is the subject. */
const REPORTED = String.raw`(?:\s+(?:said|says|announced|confirmed|added)(?:\s+(?:on|late on|early on)\s+\p{Lu}\p{L}+)?(?:\s+that)?\s+(?:he|she|they))?`;
const VERB_FRAME = new RegExp(
  String.raw`(${LIST})${ASIDE}(?:,\s+who)?(${REPORTED})\s+(?:(?:${ADV}|${AUX})\s+){0,3}(?:${PLAN}\s+)?(${CALL}|${PROCESS}|${SIGN}|${TRAVEL}|${MEET}|${HOLD}|${HOST})(?:\s+(?:with\s+)?(?:(?:his|her|their)\s+)?(${LIST}))?`,
  "giu",
);
/**
 * "X and Y could announce a truce when they meet in Hamburg on Friday": the
 * meeting in a time clause is taken for granted, whatever the modal of the
 * main clause; "they" are the clause's subject.
 */
const WHEN_THEY = new RegExp(
  String.raw`(${LIST})\s+(?:[^.;⟦]{1,80}?\s)?(?:when|after|before|once|as soon as|while)\s+they\s+(?:(?:${ADV}|will|next|first|finally)\s+){0,2}(${MEET}|${HOLD})`,
  "giu",
);
/**
 * "X and Y reached an agreement on Tuesday, ending 18 days of talks in Vienna",
 * "After more than 16 hours of negotiations, X agreed ...": those who agreed
 * are those who talked, for that long.
 */
const TALKS_SPAN = String.raw`((?:(?:more than|over|nearly|almost|about|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+(?:days|hours|weeks))\s+of\s+(?:[a-z-]+\s+){0,2}?(talks|negotiations)\b`;
const TALKS_LED_TO = new RegExp(String.raw`\b(?:ending|concluding|capping|after|following)\s+${TALKS_SPAN}`, "giu");
const AGREED_SUBJECT = new RegExp(
  String.raw`(${LIST})${ASIDE}\s+(?:(?:${ADV}|has|have|had|finally|formally|jointly)\s+){0,3}(${verbForms("agree", "reach", "sign", "strike", "seal", "clinch", "conclude")})\b`,
  "iu",
);
/** "the two leaders will meet again", "experts from the three countries will meet": a group named before. */
const GROUP_FRAME = new RegExp(
  String.raw`${GROUP_REFERENCE}\s+(?:(?:${ADV}|${AUX})\s+){0,3}(?:(?:${PLAN}|plan\s+to|plans\s+to)\s+)?(?:${ADV}\s+)?(${CALL}|${MEET}|${HOLD})`,
  "giu",
);
/** "The agreement was signed in Pretoria by X, adviser to Y, and Z, spokesman for W": the two who signed. */
const PASSIVE_SIGN = new RegExp(
  String.raw`\b(?:was|were|had been|has been|have been)\s+signed\b([^⟦]{0,60}?(?:⟦\d+⟧[^⟦]{0,30}?)?)\s+by\s+(⟦\d+⟧)(?:,[^,⟦]{0,80}(?:⟦\d+⟧[^,⟦]{0,40})?,)?\s+and\s+(⟦\d+⟧)`,
  "giu",
);
/** "X agreed with Y at their summit": the two of the clause are the meeting's. */
const THEIR_PAIR = new RegExp(
  String.raw`(${LIST})\s+(?:[a-z]+\s+){1,3}?with\s+(${LIST})\s+(?:at|during|in|on the sidelines of)\s+$`,
  "iu",
);
const NOUN_FRAME = new RegExp(String.raw`(${FORMAT})\s+(between|with|of|among)\s+(${LIST})`, "gi");
/** "the meeting in Sochi", "their talks", "the Sochi meeting": the article's meeting, referred to again. */
const DEFINITE = new RegExp(
  String.raw`\b(?:the|their|this|that|our|today's|Monday's|upcoming)\s+(?:(?:⟦\d+⟧|[a-z-]+)\s+){0,2}?(${NOUNS})\b(?!\s+(?:between|with|of|among)\s+⟦)`,
  "gi",
);

/** "the two leaders will discuss ... at Putin's residence": the participants of the article's meeting. */
const THE_PARTICIPANTS = new RegExp(
  String.raw`\b(?:the|both|all)\s+(?:(?:two|three|four)\s+)?(?:leaders|men|presidents|sides|delegations|ministers)(?:\s+of\s+the\s+(?:two|three|four)\s+countries)?\b(?:[^.]*?)\b(?:${MEET}|${verbForms("discuss", "talk", "hold")})\b`,
  "gi",
);

type Cue = {
  participants: string[];
  /** Template offsets: where the cue starts and where its details may be found. */
  start: number;
  /** Where the verb (or noun) is whose tense says whether the meeting lies ahead. */
  tenseAt: number;
  /** Dates may come before the verb ("X on Monday met Y"); other details follow it. */
  dateFrom: number;
  detailFrom: number;
  format: string;
  /** A reference back to a meeting already named: the article's main one, or the last one named. */
  definite: false | "main" | "last";
  /** The reference names the people ("the two men"), not the meeting ("the talks"). */
  people: boolean;
  /** Details must follow the cue at once ("the meeting in Sochi"), not anywhere in its clause. */
  immediate: boolean;
  /** Participants named by a group reference ("the two leaders"), resolved when the cue is read. */
  group?: GroupReference;
  /** "meet again": another meeting of the same people, never merged into one with another date. */
  again?: boolean;
  /** Where a journey went ("flew to Moscow"): the meeting's place. */
  place?: string;
  /** A journey: a meeting only when "talks with Y" follows. */
  journey?: boolean;
  /** How long, where the cue itself says ("ending 18 days of talks"). */
  duration?: string;
};

/** A cue at a match: it starts there, its tense and date are read from there, and its details follow the match. */
function cueAtMatch(m: RegExpExecArray, cue: Omit<Cue, "start" | "tenseAt" | "dateFrom" | "detailFrom">): Cue {
  return { ...cue, start: m.index, tenseAt: m.index, dateFrom: m.index, detailFrom: m.index + m[0].length };
}

/** A meeting its participants are named at: it starts at the match, its format is the match's first group. */
function namedCue(m: RegExpExecArray, participants: string[]): Cue {
  return cueAtMatch(m, {
    participants,
    format: (m[1] ?? "talks").toLowerCase(),
    definite: false,
    people: false,
    immediate: false,
  });
}

export function findMeetings(article: Article, readings: readonly Reading[], book: EntityBook): MeetingFact[] {
  const meetings: MeetingFact[] = [];
  // "the talks", "the Sochi meeting" refer to the meeting the article is about (the first it
  // names); "that summit" to the last one named.
  let main: MeetingFact | undefined;
  let last: MeetingFact | undefined;
  const dated: MeetingFact[] = [];
  // Groups named so far, for "the two leaders" and "the three countries".
  const named: NamedGroup[] = [];
  const peopleIn = (ids: readonly string[]) => ids.filter((id) => book.get(id)?.type === "person").length;

  for (const reading of readings) {
    const cues = cuesOf(reading, book);
    const listed = groupsIn(reading, (m) => isParticipant(reading, m.actors[0] ?? ""));
    cues.forEach((cue, i) => {
      while (listed[0] && listed[0].at < cue.start) named.push(listed.shift()!.group);
      const windowEnd = cues[i + 1]?.start ?? reading.template.length;
      const details = detailsIn(reading, cue, windowEnd, book, dated);
      if (cue.group) cue.participants = resolveGroup(cue.group, named) ?? [];
      let participants = unique(cue.participants).sort();
      if (cue.definite) {
        const target = cue.definite === "last" ? last : main;
        if (!target) return;
        const otherDay =
          details.date !== undefined && (target.date === undefined || target.date.on !== details.date.on);
        if (otherDay && cue.people) {
          // "The two men will meet again in Riyadh on June 6": the same people, another meeting.
          participants = [...target.participants];
        } else {
          if (otherDay) return;
          const adds = { place: details.place, venue: details.venue, duration: details.duration };
          const useful = (Object.keys(adds) as (keyof typeof adds)[]).filter(
            (k) => adds[k] !== undefined && target[k] === undefined,
          );
          if (useful.length === 0) return;
          for (const k of useful) (target as Record<string, unknown>)[k] = adds[k];
          target.evidence.push(sentenceEvidence(article, reading));
          return;
        }
      }
      if (participants.length < 2) return;
      // "Last year X and Y signed a similar agreement": states sign without meeting; a signing is a
      // meeting when the text says where, or on which day.
      if (cue.format === "signing ceremony" && !details.place && !details.venue && details.date?.precision !== "day")
        return;
      const tense = tenseAt(reading.text, reading.toText[cue.tenseAt] ?? 0);
      const fact: MeetingFact = {
        id: "",
        kind: "meeting",
        status: "proposed",
        statement: "",
        participants,
        ...((cue.place ?? details.place) ? { place: cue.place ?? details.place } : {}),
        ...(details.venue ? { venue: details.venue } : {}),
        ...(details.date ? { date: details.date } : {}),
        format: details.format ?? cue.format,
        ...((details.duration ?? cue.duration) ? { duration: details.duration ?? cue.duration } : {}),
        planned: details.date
          ? isAhead(details.date, article.publishedOn, tense)
          : tense === "future" || tense === "present",
        evidence: [sentenceEvidence(article, reading)],
        conflictsWith: [],
        importance: "supporting",
      };
      const merged = mergeInto(meetings, fact, cue.again ?? false);
      named.push({ members: merged.participants, people: peopleIn(merged.participants) });
      last = merged;
      if (!main && !isCall(merged.format)) main = merged;
      if (merged.date && !dated.includes(merged)) dated.push(merged);
    });
    named.push(...listed.map((l) => l.group));
  }
  // Wire copy reports a meeting held without saying where: it was where the report is filed ("MINSK, Feb 11 -").
  const first = readings.find((r) => DATELINE.test(r.text));
  const city = first ? DATELINE.exec(first.text)?.[1] : undefined;
  for (const m of meetings) {
    if (city && !m.planned && !m.place && !m.date && !isCall(m.format))
      m.place = book.place(city.charAt(0) + city.slice(1).toLowerCase());
  }
  return meetings.map((m) => ({ ...m, id: meetingId(m), statement: capitalised(statementOf(m, book)) }));
}

function cuesOf(reading: Reading, book: EntityBook): Cue[] {
  const t = reading.template;
  const cues: Cue[] = [];
  for (const m of t.matchAll(VERB_FRAME)) {
    const [whole, subjectList = "", reported = "", verb = "", objectList] = m;
    const verbAt = m.index + whole.indexOf(verb, subjectList.length + reported.length);
    const journey = new RegExp(`^${TRAVEL}$`, "iu").test(verb);
    const held = /phone/i.test(verb)
      ? "phone calls"
      : /process/i.test(verb)
        ? "negotiations process"
        : new RegExp(`^${SIGN}$`, "iu").test(verb)
          ? "signing ceremony"
          : /\b(?:talks|summit|meeting|negotiations|discussions)\b/i.exec(verb)?.[0];
    const subject = actorsIn(subjectList, reading).filter((id) => isParticipant(reading, id));
    // "could meet", "may hold talks": a possibility, not a meeting.
    if (/\b(?:could|may|might)\b/i.test(t.slice(m.index + subjectList.length + reported.length, verbAt))) continue;
    // "the Sochi meeting" is not Sochi meeting someone.
    if (subject.length === 0) continue;
    const destination = journey ? placeMentionOf(verb, reading, book) : undefined;
    if (journey && !destination) continue;
    cues.push({
      tenseAt: verbAt,
      participants: journey
        ? subject
        : [...subject, ...actorsIn(verb, reading), ...actorsIn(objectList, reading)].filter((id) =>
            isParticipant(reading, id),
          ),
      ...(journey ? { journey, place: destination } : {}),
      again: /^\s*again\b/i.test(t.slice(m.index + whole.length)),
      start: m.index,
      // The date of the saying ("said on Saturday") is not the date of the meeting.
      dateFrom: m.index + subjectList.length + reported.length,
      detailFrom: m.index + whole.length,
      format: held ?? "talks",
      definite: false,
      people: false,
      immediate: false,
    });
  }
  for (const m of t.matchAll(TALKS_LED_TO)) {
    const agreed = AGREED_SUBJECT.exec(t);
    if (!agreed || cues.some((c) => c.start <= m.index && m.index < c.detailFrom)) continue;
    const verbAt = agreed.index + agreed[0].length - (agreed[2] ?? "").length;
    const participants = actorsIn(agreed[1], reading).filter((id) => isParticipant(reading, id));
    cues.push({
      participants,
      start: Math.min(m.index, agreed.index),
      tenseAt: verbAt,
      // The day they agreed is the day the talks ended; where is said at once ("talks in Vienna"), if at all.
      dateFrom: verbAt,
      detailFrom: m.index + m[0].length,
      format: (m[2] ?? "talks").toLowerCase(),
      duration: m[1],
      definite: false,
      people: false,
      immediate: true,
    });
  }
  for (const m of t.matchAll(WHEN_THEY)) {
    const verb = m[2] ?? "";
    const verbAt = m.index + m[0].length - verb.length;
    if (cues.some((c) => c.start <= verbAt && verbAt < c.detailFrom)) continue;
    const participants = actorsIn(m[1], reading).filter((id) => isParticipant(reading, id));
    cues.push({
      participants,
      start: m.index,
      tenseAt: verbAt,
      dateFrom: verbAt,
      detailFrom: m.index + m[0].length,
      format: /\b(?:talks|summit|meeting|negotiations|discussions)\b/i.exec(verb)?.[0] ?? "talks",
      definite: false,
      people: false,
      immediate: false,
    });
  }
  for (const m of t.matchAll(NOUN_FRAME)) {
    const participants = actorsIn(m[3], reading).filter((id) => isParticipant(reading, id));
    const prior = cues.find((c) => !c.definite && c.start < m.index);
    // "X met Y ... for a three-way summit with Z": Z joins X and Y's meeting.
    if (prior && (m[2] ?? "").toLowerCase() === "with") {
      prior.participants.push(...participants);
      prior.format = (m[1] ?? prior.format).toLowerCase();
      prior.journey = false;
      continue;
    }
    if (cues.some((c) => c.start <= m.index && m.index < c.detailFrom)) continue;
    cues.push(namedCue(m, participants));
  }
  // A journey no talks followed is not a meeting.
  for (let i = cues.length - 1; i >= 0; i--) if (cues[i]?.journey) cues.splice(i, 1);
  for (const m of t.matchAll(PASSIVE_SIGN)) {
    if (cues.some((c) => c.start <= m.index && m.index < c.detailFrom)) continue;
    const signers = [...actorsIn(m[2], reading), ...actorsIn(m[3], reading)].filter((id) => isParticipant(reading, id));
    cues.push({
      participants: signers,
      start: m.index,
      tenseAt: m.index,
      dateFrom: m.index,
      detailFrom: m.index + m[0].indexOf("signed") + "signed".length,
      format: "signing ceremony",
      definite: false,
      people: false,
      immediate: false,
    });
  }
  for (const m of t.matchAll(GROUP_FRAME)) {
    if (cues.some((c) => m.index >= c.start && m.index < c.detailFrom + 1)) continue;
    const verb = m[m.length - 1] ?? "";
    const verbAt = m.index + m[0].length - verb.length;
    if (/\b(?:could|may|might)\b/i.test(m[0])) continue;
    cues.push({
      participants: [],
      group: groupOf(m, 1),
      again: /\bagain\b/i.test(m[0]) || /^\s*again\b/i.test(t.slice(m.index + m[0].length)),
      start: m.index,
      tenseAt: verbAt,
      dateFrom: m.index,
      detailFrom: m.index + m[0].length,
      format: /phone/i.test(verb) ? "phone calls" : "talks",
      definite: false,
      people: false,
      immediate: false,
    });
  }
  for (const m of t.matchAll(THE_PARTICIPANTS)) {
    if (cues.some((c) => m.index >= c.start && m.index < c.detailFrom + 1)) continue;
    cues.push(cueAtMatch(m, { participants: [], format: "talks", definite: "last", people: true, immediate: false }));
  }
  for (const m of t.matchAll(DEFINITE)) {
    const inside = cues.some((c) => m.index >= c.start && m.index < c.detailFrom + 1);
    if (inside) continue;
    // "X agreed with Y at their summit": X and Y met.
    const pair = /^their\b/i.test(m[0]) ? THEIR_PAIR.exec(t.slice(Math.max(0, m.index - 200), m.index)) : null;
    const pairIds = pair
      ? [...actorsIn(pair[1], reading), ...actorsIn(pair[2], reading)].filter((id) => isParticipant(reading, id))
      : [];
    if (pairIds.length >= 2) {
      cues.push(namedCue(m, pairIds));
      continue;
    }
    const which = /^(?:that|this)\b/i.test(m[0]) ? "last" : "main";
    cues.push(
      cueAtMatch(m, { participants: [], format: m[1] ?? "talks", definite: which, people: false, immediate: true }),
    );
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** People, countries, governments and groups meet; places and agreements do not. */
function isParticipant(reading: Reading, id: string): boolean {
  const m = reading.mentions.find((x) => x.actors.includes(id));
  return m !== undefined && m.type !== "place" && m.type !== "venue" && m.type !== "agreement";
}

type Details = { place?: string; venue?: string; date?: FactDate; format?: string; duration?: string };

const DURATION =
  /\bfor\s+((?:(?:over|more than|about|around|nearly|almost|some|roughly|less than|under|just over|just under)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)(?:\s+and a half)?\s+(?:hours?|minutes?|days?))\b/i;

/** Where the words about one meeting stop: the next clause ("as ...", "against ...", ", sparking ..."). */
const CLAUSE_END =
  /\s*[;"]|,\s+(?!⟦|(?:[a-z0-9]+\s+){1,2}of\s+which\b)|\s+-\s+|(?<!\bof)\s+(?:as|against|amid|which|who|where|when|while|because|but|since|although|sparking|according)\s|\s+to\s+(?!⟦)(?:[a-z]+)\s|\s+for\s+(?:what|the|a|an|talks|discussions|[a-z]+ing)\b/i;

function detailsIn(reading: Reading, cue: Cue, to: number, book: EntityBook, dated: readonly MeetingFact[]): Details {
  const { dateFrom, detailFrom: from } = cue;
  const rest = reading.template.slice(from, to);
  // "the meeting in Sochi", "the talks at the Kremlin": only what follows at once.
  const whole = cue.immediate ? (/^\s+(?:in|at)\s/.test(rest) ? rest : "") : rest;
  const end = CLAUSE_END.exec(whole.replace(/^\s*,/, " "));
  const window = end ? whole.slice(0, end.index) : whole;
  const out: Details = {};

  const venue = venueIn(whole, reading);
  const afterVenue = venue?.end === undefined ? undefined : whole.slice(venue.end);
  // "at his residence in Sochi": the place of the venue comes first.
  const venuePlace = afterVenue && /^\s+in\s/.test(afterVenue) ? placeAfterIn(afterVenue, reading, book) : undefined;
  const place =
    venuePlace ?? placeAfterIn(window, reading, book) ?? placeBeforeNoun(reading.template.slice(dateFrom, to), reading);
  if (place) out.place = place;

  if (venue) {
    if (venue.venue) out.venue = venue.venue;
    if (!out.place && venue.place) out.place = venue.place;
  }

  // The most precise date of the clause: "this year ... two of which took place at the end of February".
  const textFrom = reading.toText[dateFrom] ?? 0;
  const textTo = reading.toText[from + window.length] ?? reading.text.length;
  const rank = { day: 3, month: 2, year: 1 } as const;
  const dates = reading.dates
    .filter((d) => !d.deadline && d.start >= textFrom && d.start < textTo)
    .sort((a, b) => rank[b.date.precision] - rank[a.date.precision] || a.start - b.start);
  // "last year Putin spoke with Erdogan": a date just before the subject.
  const leading = reading.dates.filter(
    (d) =>
      !d.deadline &&
      d.end <= textFrom &&
      /^[\s,]*(?:⟦\d+⟧|$)/.test(
        reading.template
          .slice(templateAt(reading, d.end), dateFrom)
          .replace(/⟦\d+⟧(?:\s*(?:,|and)\s*⟦\d+⟧)*/g, "⟦0⟧")
          .replace(/⟦0⟧.*$/, "⟦0⟧"),
      ),
  );
  const date = dates[0] ?? leading[leading.length - 1];
  if (date) out.date = date.date;
  else {
    const relative =
      /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+(after|before)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?:talks|summit|meeting)\b/i.exec(
        reading.text,
      );
    const anchor = dated[dated.length - 1]?.date;
    if (relative && anchor && anchor.precision === "day" && textFrom >= relative.index)
      out.date = shiftDate(anchor, relative);
  }

  const format = new RegExp(FORMAT, "i").exec(window)?.[0];
  if (format) out.format = format.toLowerCase();
  const duration = DURATION.exec(window)?.[1];
  if (duration) out.duration = duration;
  return out;
}

const VENUE_NOUNS = String.raw`(?:residence|palace|headquarters|office|dacha|villa|estate|hotel|embassy|mansion|retreat|compound|ministry|complex)`;
const VENUE = new RegExp(
  String.raw`\bat\s+((?:the|his|her|their|⟦\d+⟧'s)\s+(?:(?:\p{Lu}[\p{L}-]+|⟦\d+⟧)\s+){0,3}(?:(?:official|presidential|private|summer|state|country|royal)\s+)?${VENUE_NOUNS}|(?:the\s+)?⟦\d+⟧|the\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})`,
  "gu",
);

/** The template offset of a text offset. */
function templateAt(reading: Reading, textOffset: number): number {
  const i = reading.toText.findIndex((t) => t >= textOffset);
  return i < 0 ? reading.template.length : i;
}

/** "at the Kremlin", "at his residence", "at Putin's residence in ... Sochi". */
function venueIn(window: string, reading: Reading): { venue?: string; place?: string; end?: number } | undefined {
  for (const m of window.matchAll(VENUE)) {
    const raw = m[1] ?? "";
    const said = raw.replace(/⟦(\d+)⟧/g, (_, i: string) => reading.mentions[Number(i)]?.text ?? "");
    const named = mentionsOf(raw, reading);
    const only = named.length === 1 && /^(?:the\s+)?⟦\d+⟧$/.test(raw) ? named[0] : undefined;
    const end = m.index + m[0].length;
    // "at" names a site ("at the White House"); a country or a city after it is still the place.
    const city =
      only?.how === "capital" ||
      (only?.type === "place" && countryByCapital(only.text.replace(/^the\s+/i, "")) !== undefined);
    if (only && (only.type === "country" || city)) return { place: only.ids[0], end };
    if (only && only.type !== "venue" && only.type !== "organization" && only.type !== "place") continue;
    return { venue: said, end };
  }
  return undefined;
}

/** The place or country a journey went to ("flew to Moscow"). */
function placeMentionOf(verb: string, reading: Reading, book: EntityBook): string | undefined {
  const m = mentionsOf(verb, reading).find((x) => x.type === "place" || x.type === "country" || x.how === "capital");
  return m ? (m.how === "capital" || m.type === "place" ? book.place(m.text) : m.ids[0]) : undefined;
}

function mentionsOf(fragment: string, reading: Reading): Mention[] {
  return [...fragment.matchAll(/⟦(\d+)⟧/g)]
    .map((m) => reading.mentions[Number(m[1])])
    .filter((m): m is Mention => m !== undefined);
}

/** A dated meeting is planned when the article was written before it (or on the day, in the future tense). */
function isAhead(date: FactDate, publishedOn: string, tense: string): boolean {
  if (date.precision !== "day") return date.on > publishedOn;
  return date.on > publishedOn || (date.on === publishedOn && tense === "future");
}

/** "The meeting comes 10 days after a summit": the summit is 10 days before the meeting. */
function shiftDate(anchor: FactDate, m: RegExpExecArray): FactDate {
  const n = Number(m[1]) || NUMBER_WORDS[(m[1] ?? "").toLowerCase()] || 0;
  const days = n * (/week/i.test(m[2] ?? "") ? 7 : 1);
  // The anchor comes `after` the other meeting, so the other one is earlier.
  const sign = (m[3] ?? "").toLowerCase() === "after" ? -1 : 1;
  const d = new Date(`${anchor.on}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + sign * days);
  return { on: d.toISOString().slice(0, 10), precision: "day" };
}

/** Same participants on a compatible date: one meeting told twice. */
function mergeInto(meetings: MeetingFact[], fact: MeetingFact, again: boolean): MeetingFact {
  const same = meetings.find(
    (m) =>
      m.participants.join() === fact.participants.join() &&
      isCall(m.format) === isCall(fact.format) &&
      (again
        ? m.date !== undefined && m.date.on === fact.date?.on
        : !m.date || !fact.date || m.date.on === fact.date.on) &&
      (!m.place || !fact.place || m.place === fact.place),
  );
  if (!same) {
    meetings.push(fact);
    return fact;
  }
  const keys = ["place", "venue", "date", "duration"] as const;
  const target = same as Record<(typeof keys)[number], unknown>;
  for (const k of keys) if (target[k] === undefined && fact[k] !== undefined) target[k] = fact[k];
  if (same.format === "talks" && fact.format !== "talks") same.format = fact.format;
  same.planned = same.planned && fact.planned;
  for (const e of fact.evidence)
    if (!same.evidence.some((x) => x.passage === e.passage && x.quote === e.quote)) same.evidence.push(e);
  return same;
}

function isCall(format: string): boolean {
  return /phone|call/i.test(format);
}

function meetingId(m: MeetingFact): string {
  if (m.date) return factId("meeting", m.participants, { date: m.date });
  return factId("meeting", [...m.participants, ...(m.place ? [m.place] : [])]);
}

function statementOf(m: MeetingFact, book: EntityBook): string {
  const who = joinNames(m.participants.map((id) => nameOf(book, id)));
  const verb = m.planned ? "were to meet" : "met";
  const where = m.place ? ` in ${nameOf(book, m.place)}` : "";
  const at = m.venue ? ` at ${m.venue}` : "";
  const when = m.date ? ` ${m.date.precision === "day" ? "on" : "in"} ${formatDate(m.date)}` : "";
  if (isCall(m.format)) return `${who} ${m.planned ? "were to speak" : "spoke"} by phone${when}.`;
  if (m.format === "signing ceremony")
    return `${who} ${m.planned ? "were to sign" : "signed"} an agreement${where}${at}${when}.`;
  const how =
    m.format === "talks" || m.format === "meeting"
      ? " for talks"
      : ` for ${/s$/.test(m.format) && !/process$/.test(m.format) ? "" : "a "}${m.format}`;
  const long = m.duration ? ` lasting ${m.duration}` : "";
  // Talks that took days are dated by the day they ended ("ending 18 days of talks").
  if (m.date && m.duration && /\b(?:days|weeks)\b/.test(m.duration))
    return `${who} ${verb}${where}${at}${how}${long}, ending${when}.`;
  return `${who} ${verb}${where}${at}${when}${how}${long}.`;
}

/** "the Ethiopian government and ... were to meet": a statement starts with a capital. */
function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
