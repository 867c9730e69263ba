// Who "the two leaders", "the delegations" or "experts from the three
// countries" are: wire copy names the sides once ("Kim Jong Un and Moon
// Jae-in", "Russia, Iran and Turkey") and refers back to them by a count and a
// head noun. The answer is the latest group named before the reference with as
// many members of the right sort (people for "leaders", states and sides for
// "countries"), whether the text listed them or a meeting already gathered them.
import type { Mention } from "./mentions";
import { LIST, type Reading } from "./reading";

const COUNTS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const PEOPLE_HEADS = String.raw`(?:leaders|men|women|presidents|heads of state|prime ministers)`;
const SIDE_HEADS = String.raw`(?:countries|delegations|sides|powers|parties|governments|states|nations)`;
const MEMBERS = String.raw`(?:experts|officials|ministers|delegations|negotiators|envoys|commanders|delegates|representatives|diplomats)`;
const COUNT = String.raw`(?:(two|three|four|five|six|seven)\s+)?`;

/**
 * A reference to a group, at the start of a clause: "the two leaders", "both
 * sides", "the delegations", "foreign ministers of the four countries".
 * Group 1/2: count and head of a reference to people; 3: a member noun; 4/5 or
 * 6/7: count and head of a reference to sides.
 */
export const GROUP_REFERENCE = String.raw`(?:\b(?:the|both|all)\s+${COUNT}(${PEOPLE_HEADS})|\b(?:(?:[a-z-]+\s+){0,2}(${MEMBERS})\s+(?:from|of)\s+(?:the|all|both)\s+${COUNT}(${SIDE_HEADS})|\b(?:the|both|all)\s+${COUNT}(${SIDE_HEADS})))`;

export type GroupReference = { people: boolean; count?: number };

/** What a GROUP_REFERENCE match asks for. */
export function groupOf(match: RegExpMatchArray, offset: number): GroupReference {
  const at = (i: number) => match[offset + i];
  const whole = match[0].toLowerCase();
  const both = /\bboth\b/.test(whole) ? 2 : undefined;
  if (at(1) !== undefined) return { people: true, ...count(at(0), both) };
  return { people: false, ...count(at(3) ?? at(5), both) };
}

function count(word: string | undefined, both: number | undefined): { count?: number } {
  const n = word ? COUNTS[word.toLowerCase()] : both;
  return n === undefined ? {} : { count: n };
}

/** A group the article named: its members, and which of them are people. */
export type NamedGroup = { members: string[]; people: number };

/** Lists of two or more actors a sentence names ("Russia, Iran and Turkey"), in order. */
export function groupsIn(reading: Reading, isMember: (m: Mention) => boolean): { at: number; group: NamedGroup }[] {
  const out: { at: number; group: NamedGroup }[] = [];
  for (const m of reading.template.matchAll(new RegExp(LIST, "gu"))) {
    const mentions = [...m[0].matchAll(/⟦(\d+)⟧/g)]
      .map((x) => reading.mentions[Number(x[1])])
      .filter((x): x is Mention => x !== undefined && isMember(x));
    const members = [...new Set(mentions.flatMap((x) => x.actors))];
    if (members.length < 2) continue;
    out.push({ at: m.index, group: { members, people: mentions.filter((x) => x.type === "person").length } });
  }
  return out;
}

/** The latest group (last in the list) that fits the reference. */
export function resolveGroup(ref: GroupReference, named: readonly NamedGroup[]): string[] | undefined {
  for (let i = named.length - 1; i >= 0; i--) {
    const g = named[i];
    if (!g) continue;
    const fitsSort = ref.people ? g.people === g.members.length : g.people === 0;
    if (fitsSort && (ref.count === undefined || g.members.length === ref.count)) return g.members;
  }
  return undefined;
}
