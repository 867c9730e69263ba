// Whether a claim holds according to the whole fact base. Three answers, because
// "not stated" is not "false": a requirement with no deadline in the text cannot be
// offered as the wrong answer to "what must be done by 15 October?".
import type { FactDate, FactOfKind } from "../facts/schema";
import { datesCompatible } from "./dates";
import { measureKey, officeKey, type FactIndex } from "./fact-index";
import { canonicalUnit } from "./quantities";
import type { Claim, ClaimQuantity } from "./schema";
import { normalizeText } from "./text";

export type Truth = "true" | "false" | "unknown";

/** Folds several partial verdicts: any "true" wins, then "unknown", else "false". */
function strongest(verdicts: Iterable<Truth>): Truth {
  let best: Truth = "false";
  for (const v of verdicts) {
    if (v === "true") return "true";
    if (v === "unknown") best = "unknown";
  }
  return best;
}

/** Compares one optional field: unstated in the fact is unknown, not false. */
function field<W, S>(wanted: W | undefined, stated: S | undefined, same: (w: W, s: S) => boolean | Truth): Truth {
  if (wanted === undefined) return "true";
  if (stated === undefined) return "unknown";
  const verdict = same(wanted, stated);
  return verdict === true ? "true" : verdict === false ? "false" : verdict;
}

/**
 * "17 September 2018" against "September 2018": it may be, but the text does not say
 * so. Only dates of the same precision are true or false; others that overlap are unknown.
 */
export function dateVerdict(wanted: FactDate, stated: FactDate): Truth {
  if (!datesCompatible(wanted, stated)) return "false";
  return wanted.precision === stated.precision ? "true" : "unknown";
}

function all(verdicts: Truth[]): Truth {
  if (verdicts.includes("false")) return "false";
  return verdicts.includes("unknown") ? "unknown" : "true";
}

/** Putin takes part in whatever Russia does, and the other way round. */
function sameSide(index: FactIndex, a: string, b: string): boolean {
  if (a === b) return true;
  const ca = index.entities.country(a);
  const cb = index.entities.country(b);
  return ca === b || cb === a;
}

/** The first letters a country's other words share: "Russia" → "russ" (Russian), "Turkey" → "turk" (Turkish). */
function stem(name: string): string {
  const n = normalizeText(name);
  return n.slice(0, Math.max(4, n.length - 2));
}

/**
 * "Russia backs Vladimir Putin", "Turkey backs the Turkish military", "Syria backs the
 * Syrian government": not stated, but not false either. One side belongs to the other
 * when a person's country is the other, or a name of one starts with the other's stem.
 */
function affiliated(index: FactIndex, a: string, b: string): boolean {
  if (sameSide(index, a, b)) return true;
  const { entities } = index;
  const related = (x: string, y: string) => {
    const s = stem(entities.name(x));
    return (
      s.length >= 4 &&
      entities.names(y).some((n) =>
        normalizeText(n)
          .split(" ")
          .some((w) => w.startsWith(s)),
      )
    );
  };
  return related(a, b) || related(b, a);
}

function includesSide(index: FactIndex, list: readonly string[], id: string): boolean {
  return list.some((x) => sameSide(index, x, id));
}

function meetingsFor(index: FactIndex, participant: string | undefined): FactOfKind<"meeting">[] {
  if (participant === undefined) return index.meetings;
  const ids = new Set([participant, ...(index.peopleByCountry.get(participant) ?? [])]);
  const country = index.entities.country(participant);
  if (country !== undefined) ids.add(country);
  const out = new Set<FactOfKind<"meeting">>();
  for (const id of ids) for (const m of index.meetingsByParticipant.get(id) ?? []) out.add(m);
  return [...out];
}

/** Within 15% of a stated figure: close enough that offering it as wrong would be unfair. */
export function nearFigure(claim: ClaimQuantity, stated: ClaimQuantity): boolean {
  const tolerance = 0.15;
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(b), 1e-9);
  return near(claim.min, stated.min) && near(claim.max, stated.max);
}

/** "more than 400,000" makes "more than 300,000" true as well; "up to 900,000" makes "up to 1 million" true. */
function impliedFigure(claim: ClaimQuantity, stated: ClaimQuantity): boolean {
  if (stated.qualifier === "more-than") return claim.qualifier === "more-than" && claim.max <= stated.min;
  if (stated.qualifier === "up-to") return claim.qualifier === "up-to" && claim.min >= stated.max;
  return false;
}

function figureVerdict(claim: ClaimQuantity, stated: ClaimQuantity): Truth {
  if (canonicalUnit(claim.unit) !== canonicalUnit(stated.unit)) return "unknown";
  if (nearFigure(claim, stated)) return "true";
  return impliedFigure(claim, stated) ? "unknown" : "false";
}

/** Offices written a little differently ("spokesman" / "Kremlin spokesman") may be the same office. */
function officeVerdict(wanted: string, stated: string): Truth {
  const a = officeKey(wanted);
  const b = officeKey(stated);
  if (a === b) return "true";
  const wa = a.split(" ");
  const wb = new Set(b.split(" "));
  const contained = wa.every((w) => wb.has(w)) || [...wb].every((w) => wa.includes(w));
  return contained ? "unknown" : "false";
}

export function evaluateClaim(claim: Claim, index: FactIndex): Truth {
  switch (claim.type) {
    case "backs":
      if ((index.backingsByBacked.get(claim.backed) ?? []).some((f) => f.backer === claim.backer)) return "true";
      return affiliated(index, claim.backer, claim.backed) ? "unknown" : "false";
    case "meeting":
      return strongest(
        meetingsFor(index, claim.participants[0])
          .filter((m) => claim.participants.every((p) => includesSide(index, m.participants, p)))
          .map((m) => all([field(claim.place, m.place, (a, b) => a === b), field(claim.date, m.date, dateVerdict)])),
      );
    case "office":
      return strongest(
        (index.rolesByPerson.get(claim.person) ?? []).map((r) =>
          all([
            officeVerdict(claim.office, r.office),
            field(claim.country, r.country ?? index.entities.country(r.person), (a, b) => a === b),
          ]),
        ),
      );
    case "figure":
      return strongest(
        (index.figuresByMeasure.get(measureKey(claim.measure)) ?? []).map((f) =>
          figureVerdict(claim.quantity, f.quantity),
        ),
      );
    case "event":
      return strongest(
        (index.eventsByWhat.get(normalizeText(claim.what)) ?? []).map((e) => dateVerdict(claim.date, e.date)),
      );
    case "deal": {
      const requires = normalizeText(claim.requires);
      return strongest(
        (index.dealsByAgreement.get(claim.agreement) ?? [])
          .filter((t) => normalizeText(t.requires) === requires)
          .map((t) =>
            all([
              field(claim.deadline, t.deadline, dateVerdict),
              field(claim.party, t.parties.length > 0 ? t.parties : undefined, (p, list) =>
                includesSide(index, list, p),
              ),
              field(claim.quantity, t.quantity, (a, b) => figureVerdict(a, b) === "true"),
            ]),
          ),
      );
    }
  }
}
