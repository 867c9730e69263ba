// What the richer fact kinds promise beyond their shape: a claim's (or an
// attributed motive's) attributing words occur in a quote of every report citing it,
// a counter-claim is a claim that names this one back, a relation joins two
// different entities, a deal term belongs to an agreement entity, and the words a
// "stated" fact asks about are in every quote it cites.
import type { Entity, Fact } from "../schema";
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
    const report = (code: Problem["code"], message: string) =>
      problems.push(factProblem(locate, i, fact, code, message));

    // Each report that carries the fact must attribute it; a second quote from the
    // same report may add context ("these posts" after the sentence that sets them up).
    const words = attributionOf(fact);
    if (words !== undefined) {
      for (const article of new Set(fact.evidence.map((e) => e.article))) {
        const quotes = fact.evidence.filter((e) => e.article === article);
        if (!quotes.some((e) => squeeze(e.quote).includes(squeeze(words)))) {
          const cited = quotes.map((e) => `${e.passage} "${e.quote}"`).join(", ");
          report(
            "attribution-not-in-quote",
            `${article}: the attributing words "${words}" are in none of its quotes (${cited})`,
          );
        }
      }
    }

    switch (fact.kind) {
      case "motive":
        // "It is expected that Turkey will seek..." attributes without naming anyone; a named reader needs their words.
        if (fact.attributedTo !== undefined && fact.attribution === undefined) {
          report(
            "attribution-incomplete",
            "a motive given as someone's reading needs attribution, the words in the quote that say whose it is",
          );
        }
        break;
      case "claim": {
        if (fact.counterClaim !== undefined) {
          const other = facts.get(fact.counterClaim);
          if (fact.counterClaim === fact.id) report("counter-claim-invalid", "counterClaim names the claim itself");
          else if (!other)
            report("counter-claim-invalid", `counterClaim refers to unknown fact "${fact.counterClaim}"`);
          else if (other.kind !== "claim")
            report("counter-claim-invalid", `counterClaim ${other.id} is a ${other.kind} fact, not a claim`);
          else if (other.counterClaim !== fact.id)
            report("counter-claim-invalid", `counterClaim ${other.id} does not name ${fact.id} back`);
        }
        for (const id of fact.concerns) {
          if (!facts.has(id)) report("unknown-fact", `concerns refers to unknown fact "${id}"`);
        }
        if (fact.disputedBy.includes(fact.claimant))
          report("relation-invalid", "a claimant cannot dispute its own claim");
        break;
      }
      case "relation":
        if (fact.between[0] === fact.between[1])
          report("relation-invalid", `a relation needs two different entities, not ${fact.between[0]} twice`);
        break;
      case "stated":
        // The words asked about are blanked in the quote: every quote must have them, word for word.
        for (const e of fact.evidence.filter((x) => !x.quote.includes(fact.span)))
          report("span-not-in-quote", `the words "${fact.span}" are not in the quote of ${e.article} ${e.passage}`);
        if (fact.distractors.some((d) => d.toLowerCase() === fact.span.toLowerCase()))
          report("span-not-in-quote", `a wrong option repeats the words asked about, "${fact.span}"`);
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
