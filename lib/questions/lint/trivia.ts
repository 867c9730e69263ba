// Trivia targets: a date, a count or a title asked of a fact that does not matter
// to the story (importance "peripheral"), or a count of contacts and durations
// (phone calls, meetings, hours) whatever its importance.
import type { Fact } from "../../facts/schema";
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { flaw, type Flaw } from "./types";
import { factsOf, importanceOf } from "./words";

/** Counts that are trivia in any story: how often people spoke or met, how long a meeting lasted. */
export const TRIVIAL_COUNTS: readonly RegExp[] = [
  /\bphone calls?\b/i,
  /\bcalls?\b/i,
  /\b(personal )?meetings?\b/i,
  /\bvisits?\b/i,
  /\bhours?\b/i,
  /\bminutes?\b/i,
  /\bdays? between\b/i,
  /\btimes\b/i,
];

type Target = "date" | "count" | "title";

/** What detail the item asks for, if it is a date, a count or a title. */
function target(q: Question): Target | undefined {
  const slot = "probe" in q && q.probe && "slot" in q.probe ? q.probe.slot : undefined;
  if (q.kind === "date" || slot === "date" || slot === "deadline" || (q.kind === "cloze" && q.answerType === "date"))
    return "date";
  if (slot === "quantity" || (q.kind === "cloze" && q.answerType === "quantity")) return "count";
  if (slot === "office" || slot === "person") return "title";
  if (q.kind === "true-false") {
    if (q.claim?.type === "figure") return "count";
    if (q.claim?.type === "office") return "title";
    if ((q.claim?.type === "event" || q.claim?.type === "meeting") && q.claim.date) return "date";
  }
  if (q.kind === "matching" && q.probe && (q.probe.right === "office" || q.probe.left === "office")) return "title";
  return undefined;
}

/**
 * A person is peripheral when no fact but their own title mentions them: the
 * fallback while facts carry no importance.
 */
function peripheralPerson(fact: Fact, ctx: GenerationContext): boolean {
  if (fact.kind !== "role") return false;
  const others = ctx.index.facts.filter((f) => f !== fact && f.kind !== "role");
  const names = ctx.index.entities.names(fact.person);
  return !others.some(
    (f) =>
      names.some((n) => f.statement.includes(n)) ||
      ("actors" in f && f.actors.includes(fact.person)) ||
      ("participants" in f && f.participants.includes(fact.person)),
  );
}

/** Orderings of happenings this many days apart or fewer test the calendar, not the story. */
export const NARROW_ORDERING_DAYS = 60;

/** "Peskov said …", "Putin and Erdogan spoke …": a remark, whose day is trivia unless the fact is core. */
export function isRemark(what: string): boolean {
  return /\b(said|says|told|spoke|stated|remarked|stressed|noted|added|quoted)\b/i.test(
    what.split(/\s+/).slice(0, 6).join(" "),
  );
}

function narrowOrdering(q: Question): Flaw | undefined {
  if (q.kind !== "ordering" || q.dates.length < 2) return undefined;
  const days = q.dates.map((d) => Date.parse(d.on) / 86_400_000);
  const span = Math.max(...days) - Math.min(...days);
  if (span > NARROW_ORDERING_DAYS) return undefined;
  return flaw(
    "trivia-target",
    "moderate",
    `it orders happenings ${Math.round(span)} days apart: it tests the calendar, not the story`,
  );
}

function remarkDate(q: Question, ctx: GenerationContext): Flaw | undefined {
  const facts = factsOf(q, ctx).filter((f) => importanceOf(f) !== "core");
  const asksDay =
    target(q) === "date" ||
    ("probe" in q && q.probe && "slot" in q.probe && q.probe.slot === "what" && /\bhappened (on|in)\b/i.test(q.prompt));
  if (!asksDay || facts.length === 0) return undefined;
  const remarks = facts.filter((f) => f.kind === "event" && isRemark(f.what));
  if (remarks.length === 0 || remarks.length < facts.length) return undefined;
  return flaw("trivia-target", "moderate", "it asks the day of a remark: what was said matters, not when");
}

/** "Who said that …?" keyed to an analyst the facts hold minor: his name is not what the class should keep. */
function minorSpeaker(q: Question, ctx: GenerationContext): Flaw | undefined {
  if (q.kind !== "single-choice" || !/\b(who said|whose words)\b/i.test(q.prompt)) return undefined;
  const key = q.answers[0];
  const roles = (ctx.factsByKind.get("role") ?? []).filter(
    (f) => f.kind === "role" && f.status !== "rejected" && ctx.index.entities.name(f.person) === key,
  );
  if (roles.length === 0 || roles.some((r) => importanceOf(r) !== "peripheral")) return undefined;
  return flaw("trivia-target", "moderate", `it asks which minor figure said it (${key}): what was said matters`);
}

export function triviaFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const special = narrowOrdering(q) ?? remarkDate(q, ctx) ?? minorSpeaker(q, ctx);
  if (special) return [special];
  const asked = target(q);
  if (!asked || q.kind === "matching") return [];
  const facts = factsOf(q, ctx);
  const main = facts[0];
  if (!main) return [];
  if (importanceOf(main) === "peripheral") {
    return [flaw("trivia-target", "moderate", `it asks a ${asked} of a peripheral fact (${main.id})`)];
  }
  if (asked === "count" && main.kind === "figure" && TRIVIAL_COUNTS.some((r) => r.test(main.counts))) {
    return [flaw("trivia-target", "moderate", `it asks a count of ${main.counts}: trivia, not the story`)];
  }
  if (asked === "title" && !Reflect.has(main, "importance") && peripheralPerson(main, ctx)) {
    return [
      flaw(
        "trivia-target",
        "moderate",
        `it asks the title of ${ctx.index.entities.name(main.kind === "role" ? main.person : "")}, whom no other fact mentions`,
      ),
    ];
  }
  return [];
}
