// The first cards a learner gets: a spread over the fact kinds, the core ones
// (who backs whom, the meetings, the deal's terms) first.
import type { FactKind } from "../facts/schema";

/** About a day's worth of new cards, as in Anki's default of 20 new cards a day. */
export const STARTER_DECK_SIZE = 20;

const KIND_ORDER: readonly FactKind[] = [
  "backing",
  "meeting",
  "deal-term",
  "motive",
  "relation",
  "claim",
  "role",
  "event",
  "figure",
];

/** Fact ids for a starter deck: one of each kind in turn, each kind in id order, until `size`. */
export function pickStarterFacts(
  facts: readonly { id: string; kind: string }[],
  size: number = STARTER_DECK_SIZE,
): string[] {
  const byKind = new Map<string, string[]>();
  for (const f of [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = byKind.get(f.kind) ?? [];
    list.push(f.id);
    byKind.set(f.kind, list);
  }
  const kinds = [
    ...KIND_ORDER.filter((k) => byKind.has(k)),
    ...[...byKind.keys()].filter((k) => !KIND_ORDER.includes(k as FactKind)).sort(),
  ];
  const queues = kinds.map((k) => byKind.get(k) ?? []);
  const picked: string[] = [];
  for (let round = 0; picked.length < size && queues.some((q) => round < q.length); round += 1) {
    for (const queue of queues) {
      const id = queue[round];
      if (id !== undefined && picked.length < size) picked.push(id);
    }
  }
  return picked;
}
