// What a meeting fact lets us ask: where, when, and who took part.
import type { FactOfKind } from "../../facts/schema";
import type { GenerationContext } from "../context";
import { formatDate, sameDate } from "../dates";
import { typeNoun } from "../entities";
import { dateValue, entityValue } from "../slots";
import { MEETING_SIZE, meetingVerb } from "../wording";
import type { Ask } from "./types";
import { minById, namesOf, onDate, typesOf, withArticle } from "./words";

type Meeting = FactOfKind<"meeting">;

/**
 * Facts about the same meeting as `fact`, judged on the fields other than `open`:
 * everyone `fact` names took part, and place and date are stated and agree.
 */
function sameMeeting(fact: Meeting, m: Meeting, open: "place" | "date" | "participants"): boolean {
  if (open !== "participants" && !fact.participants.every((p) => m.participants.includes(p))) return false;
  if (open !== "place" && fact.place !== undefined && m.place !== fact.place) return false;
  if (open !== "date" && fact.date !== undefined && (m.date === undefined || !sameDate(m.date, fact.date))) {
    return false;
  }
  return true;
}

export function meetingAsks(ctx: GenerationContext, fact: Meeting): Ask[] {
  const { entities } = ctx.index;
  const asks: Ask[] = [];
  const who = namesOf(ctx, fact.participants);
  // "Where did they hold talks?", not "bilateral talks": the size word rules out the three-way summits offered.
  const held = withArticle(fact.format.replace(new RegExp(`${MEETING_SIZE.source}\\s+`, "i"), ""));
  const did = fact.planned ? "were" : "did";
  // A process is launched, not held; and its founders are who the text names, not everyone who took part.
  const verb = meetingVerb(fact.format);
  const process = verb.base === "launch";
  const hold = fact.planned ? `due to ${verb.base}` : verb.base;
  const heldVerb = fact.planned ? `were due to ${verb.base}` : verb.past;
  const tookPart = process ? "launched" : "took part in";
  // Candidates share the first participant (or, for "who took part", the place): indexed, not all meetings.
  const withFirst = ctx.index.meetingsByParticipant.get(fact.participants[0] ?? "") ?? [fact];
  const atPlace = fact.place === undefined ? ctx.index.meetings : (ctx.index.meetingsByPlace.get(fact.place) ?? [fact]);

  if (fact.place !== undefined) {
    const place = fact.place;
    const group = withFirst.filter((m) => m.place !== undefined && sameMeeting(fact, m, "place"));
    const when = fact.date ? ` ${onDate(fact.date)}` : "";
    const placeType = entities.type(place);
    asks.push({
      key: "place",
      fact,
      anchor: minById(group) ?? fact,
      facts: group,
      topic: "summit",
      slot: "place",
      claim: { type: "meeting", participants: fact.participants, place, ...(fact.date ? { date: fact.date } : {}) },
      answers: [...new Set(group.flatMap((m) => (m.place ? [m.place] : [])))].sort().map(entityValue),
      prompt: `Where ${did} ${who} ${hold} ${held}${when}?`,
      statement: (v) => `${who} ${heldVerb} ${held} in ${v}${when}.`,
      entityTypes: placeType ? [placeType] : [],
      tiers: [ctx.pools.meetingPlaces],
    });
  }

  if (fact.date !== undefined) {
    const date = fact.date;
    const group = withFirst.filter((m) => m.date !== undefined && sameMeeting(fact, m, "date"));
    const where = fact.place ? ` in ${entities.name(fact.place)}` : "";
    const dates = group.flatMap((m) => (m.date ? [m.date] : []));
    const distinct = dates.filter((d, i) => dates.findIndex((e) => sameDate(d, e)) === i);
    asks.push({
      key: "date",
      fact,
      anchor: minById(group) ?? fact,
      facts: group,
      topic: "summit",
      slot: "date",
      claim: {
        type: "meeting",
        participants: fact.participants,
        ...(fact.place ? { place: fact.place } : {}),
        date,
      },
      answers: distinct.map(dateValue),
      prompt: `When ${did} ${who} ${hold} ${held}${where}?`,
      statement: (v) => `${who} ${heldVerb} ${held}${where} ${date.precision === "day" ? "on" : "in"} ${v}.`,
      tiers: [],
    });
  }

  // Who took part: needs a place or a date to say which meeting.
  if (fact.place !== undefined || fact.date !== undefined) {
    const group = atPlace.filter((m) => sameMeeting(fact, m, "participants"));
    const where = fact.place ? ` in ${entities.name(fact.place)}` : "";
    const when = fact.date ? ` ${onDate(fact.date)}` : "";
    const type = entities.type(fact.participants[0] ?? "");
    const subject = type === "person" ? "Who" : `Which ${typeNoun(type, true)}`;
    const first = fact.participants[0];
    if (first !== undefined) {
      asks.push({
        key: "participants",
        fact,
        anchor: minById(group) ?? fact,
        facts: group,
        topic: "summit",
        slot: "participants",
        claim: {
          type: "meeting",
          participants: [first],
          ...(fact.place ? { place: fact.place } : {}),
          ...(fact.date ? { date: fact.date } : {}),
        },
        answers: [...new Set(group.flatMap((m) => m.participants))].sort().map(entityValue),
        prompt: `${subject} ${tookPart} the ${fact.format}${where}${when}?`,
        multiPrompt: `${subject} ${tookPart} the ${fact.format}${where}${when}? Select all that apply.`,
        alwaysMulti: true,
        statement: (v) => `${v} ${tookPart} the ${fact.format}${where}${when}.`,
        entityTypes: typesOf(ctx, fact.participants),
        tiers: [ctx.pools.meetingParticipants, ctx.pools.officeHolders],
      });
    }
  }
  return asks;
}

/** The meeting as a teacher says it in a list: "Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi". */
export function meetingLabel(ctx: GenerationContext, fact: Meeting): string {
  const where = fact.place ? ` in ${ctx.index.entities.name(fact.place)}` : "";
  const verb = meetingVerb(fact.format);
  const did = fact.planned ? `were due to ${verb.base}` : verb.past;
  return `${namesOf(ctx, fact.participants)} ${did} ${withArticle(fact.format)}${where}`;
}

export function meetingWhen(fact: Meeting): string {
  return fact.date ? formatDate(fact.date) : "";
}
