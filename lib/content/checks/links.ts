// What the richer fact kinds promise beyond their shape: a claim's (or an
// attributed motive's) attributing words occur in every quote that states it,
// a counter-claim is a claim that names this one back, a relation joins two
// different entities, and a deal term belongs to an agreement entity.
import type { Entity, Fact } from "../../facts/schema";
import type { Check, Problem } from "./problem";
import { factProblem } from "./problem";

/** Case and runs of spaces do not matter; the words and their order do. */
function squeeze(text: string): string {
  return text.toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

/** The attributing words a fact carries, if any. */
function attributionOf(fact: Fact): string | undefined {
  if (fact.kind === "claim") return fact.attribution;
  if (fact.kind === "motive") return fact.attribution;
  return undefined;
}

export const checkLinks: Check = (corpus, locate) => {
  const facts = new Map<string, Fact>(corpus.facts.map((f) => [f.id, f]));
  const entities = new Map<string, Entity>(corpus.entities.map((e) => [e.id, e]));
  const problems: Problem[] = [];
  corpus.facts.forEach((fact, i) => {
    const report = (code: Problem["code"], message: string) => problems.push(factProblem(locate, i, fact, code, message));

    const words = attributionOf(fact);
    if (words !== undefined) {
      fact.evidence.forEach((ev, n) => {
        if (!squeeze(ev.quote).includes(squeeze(words))) {
          report("attribution-not-in-quote", `evidence ${n + 1} (${ev.article} ${ev.passage}): the attributing words "${words}" are not in the quote "${ev.quote}"`);
        }
      });
    }

    switch (fact.kind) {
      case "motive":
        if ((fact.attribution === undefined) !== (fact.attributedTo === undefined)) {
          report("attribution-incomplete", "a motive given as someone's reading needs both attributedTo (who) and attribution (their words in the quote)");
        }
        break;
      case "claim": {
        if (fact.counterClaim !== undefined) {
          const other = facts.get(fact.counterClaim);
          if (fact.counterClaim === fact.id) report("counter-claim-invalid", "counterClaim names the claim itself");
          else if (!other) report("counter-claim-invalid", `counterClaim refers to unknown fact "${fact.counterClaim}"`);
          else if (other.kind !== "claim") report("counter-claim-invalid", `counterClaim ${other.id} is a ${other.kind} fact, not a claim`);
          else if (other.counterClaim !== fact.id) report("counter-claim-invalid", `counterClaim ${other.id} does not name ${fact.id} back`);
        }
        for (const id of fact.concerns) {
          if (!facts.has(id)) report("unknown-fact", `concerns refers to unknown fact "${id}"`);
        }
        if (fact.disputedBy.includes(fact.claimant)) report("relation-invalid", "a claimant cannot dispute its own claim");
        break;
      }
      case "relation":
        if (fact.between[0] === fact.between[1]) report("relation-invalid", `a relation needs two different entities, not ${fact.between[0]} twice`);
        break;
      case "deal-term": {
        const agreement = entities.get(fact.agreement);
        if (agreement !== undefined && agreement.type !== "agreement") {
          report("not-an-agreement", `agreement "${fact.agreement}" is a ${agreement.type}, not an agreement entity`);
        }
        break;
      }
      default:
        break;
    }
  });
  return problems;
};
