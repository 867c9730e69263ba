// The sides of the conflict, read off the backing facts alone: who backs whom is
// a directed graph; each connected part of it is a side. Nothing here knows any
// country: a corpus about another war gets its own sides.
import type { FactOfKind } from "../facts/schema";
import { joinNames, nameLookup } from "./names";
import { isSourcedKind, type EntityName, type SourcedEvidence, type SourcedFact } from "./types";

export type SideMember = { id: string; name: string };

/** One backing fact: backer → backed, in the article's own phrasing. */
export type BackingEdge = {
  factId: string;
  backer: SideMember;
  backed: SideMember;
  phrasing: string;
  statement: string;
  proposed: boolean;
  evidence: SourcedEvidence[];
};

/** Backers that back exactly the same things, drawn as one block pointing at them. */
export type BackerGroup = { backers: SideMember[]; backs: SideMember[]; edges: BackingEdge[] };

export type Side = {
  /** Stable across renders: the principals' ids. */
  id: string;
  /** "Syrian government and Bashar al-Assad": what the side is fighting for. */
  name: string;
  /** Who the side is for: those backed who back no one else (or, in a loop, the most backed). */
  principals: SideMember[];
  /** Ordered so a chain reads downwards: backers of backers first, backers of the principals last. */
  groups: BackerGroup[];
  edges: BackingEdge[];
};

const byName = (a: SideMember, b: SideMember) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function toEdge(sourced: SourcedFact<FactOfKind<"backing">>, member: (id: string) => SideMember): BackingEdge {
  const { fact } = sourced;
  return {
    factId: fact.id,
    backer: member(fact.backer),
    backed: member(fact.backed),
    phrasing: fact.phrasing,
    statement: fact.statement,
    proposed: sourced.status === "proposed",
    evidence: sourced.evidence,
  };
}

/** Connected parts of the graph, ignoring direction (union–find with path halving). */
function components(edges: readonly BackingEdge[]): BackingEdge[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    for (;;) {
      const p = parent.get(x) ?? x;
      if (p === x) return x;
      const grand = parent.get(p) ?? p;
      parent.set(x, grand);
      x = grand;
    }
  };
  for (const e of edges) {
    for (const id of [e.backer.id, e.backed.id]) if (!parent.has(id)) parent.set(id, id);
    const a = find(e.backer.id);
    const b = find(e.backed.id);
    if (a !== b) parent.set(a, b);
  }
  const parts = new Map<string, BackingEdge[]>();
  for (const e of edges) {
    const root = find(e.backer.id);
    parts.set(root, [...(parts.get(root) ?? []), e]);
  }
  return [...parts.values()];
}

function principalsOf(edges: readonly BackingEdge[]): SideMember[] {
  const members = new Map<string, SideMember>();
  const inDegree = new Map<string, number>();
  const backers = new Set<string>();
  for (const e of edges) {
    members.set(e.backer.id, e.backer);
    members.set(e.backed.id, e.backed);
    backers.add(e.backer.id);
    inDegree.set(e.backed.id, (inDegree.get(e.backed.id) ?? 0) + 1);
  }
  const backed = [...inDegree.keys()];
  const sinks = backed.filter((id) => !backers.has(id));
  // In a loop (A backs B, B backs A) no one is only backed: take the most backed.
  const most = Math.max(...inDegree.values());
  const chosen = sinks.length ? sinks : backed.filter((id) => inDegree.get(id) === most);
  return chosen
    .map((id) => members.get(id))
    .filter((m): m is SideMember => m !== undefined)
    .sort((a, b) => (inDegree.get(b.id) ?? 0) - (inDegree.get(a.id) ?? 0) || byName(a, b));
}

/** Steps from each member down to a principal, walking the backing edges backwards. */
function distances(edges: readonly BackingEdge[], principals: readonly SideMember[]): Map<string, number> {
  const dist = new Map(principals.map((p) => [p.id, 0]));
  let frontier = principals.map((p) => p.id);
  for (let step = 1; frontier.length; step++) {
    const next: string[] = [];
    for (const e of edges) {
      if (frontier.includes(e.backed.id) && !dist.has(e.backer.id)) {
        dist.set(e.backer.id, step);
        next.push(e.backer.id);
      }
    }
    frontier = next;
  }
  return dist;
}

function groupsOf(edges: readonly BackingEdge[], principals: readonly SideMember[]): BackerGroup[] {
  type Backer = { backer: SideMember; backs: Map<string, SideMember>; edges: BackingEdge[] };
  const targets = new Map<string, Backer>();
  for (const e of edges) {
    const t: Backer = targets.get(e.backer.id) ?? { backer: e.backer, backs: new Map(), edges: [] };
    t.backs.set(e.backed.id, e.backed);
    t.edges.push(e);
    targets.set(e.backer.id, t);
  }
  const groups = new Map<string, BackerGroup>();
  for (const t of targets.values()) {
    const backs = [...t.backs.values()].sort(byName);
    const key = backs.map((b) => b.id).join("|");
    const group = groups.get(key) ?? { backers: [], backs, edges: [] };
    group.backers.push(t.backer);
    group.edges.push(...t.edges);
    groups.set(key, group);
  }
  const dist = distances(edges, principals);
  const depth = (g: BackerGroup) => Math.max(...g.backers.map((b) => dist.get(b.id) ?? 0));
  const principalIds = new Set(principals.map((p) => p.id));
  const rank = (g: BackerGroup) => g.backs.filter((b) => principalIds.has(b.id)).length;
  const firstBacker = (g: BackerGroup) => g.backers[0]?.name ?? "";
  return [...groups.values()]
    .map((g) => ({
      backers: [...g.backers].sort(byName),
      backs: g.backs,
      edges: [...g.edges].sort((a, b) => byName(a.backer, b.backer) || byName(a.backed, b.backed)),
    }))
    .sort(
      (a, b) =>
        depth(b) - depth(a) ||
        rank(b) - rank(a) ||
        b.edges.length - a.edges.length ||
        firstBacker(a).localeCompare(firstBacker(b)),
    );
}

/** The sides, the biggest (most backing facts) first. */
export function buildSides(facts: readonly SourcedFact[], entities: readonly EntityName[]): Side[] {
  const nameOf = nameLookup(entities);
  const member = (id: string): SideMember => ({ id, name: nameOf(id) });
  const edges = facts.filter(isSourcedKind("backing")).map((f) => toEdge(f, member));
  return components(edges)
    .map((part) => {
      const principals = principalsOf(part);
      const groups = groupsOf(part, principals);
      return {
        id: principals.map((p) => p.id).join("+"),
        name: joinNames(principals.map((p) => p.name)),
        principals,
        groups,
        edges: groups.flatMap((g) => g.edges),
      };
    })
    .sort((a, b) => b.edges.length - a.edges.length || a.name.localeCompare(b.name));
}
