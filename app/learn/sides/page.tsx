import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { loadFactBase, questionCountsByFact } from "@/lib/db/facts";
import { buildSides, joinNames, type BackingEdge, type Side } from "@/lib/aids";
import { ProposedBadge } from "@/app/_components/badge";
import { BackToLearn } from "../_components/back-link";
import { QuizMe } from "../_components/quiz-me";
import { SourceQuotes } from "../_components/source-quotes";
import { SidesDiagram } from "./sides-diagram";

export const metadata: Metadata = { title: "Who backs whom" };

function EdgeItem({ edge, questionCount }: { edge: BackingEdge; questionCount: number }) {
  const says = `${edge.backer.name} backs ${edge.backed.name}`;
  return (
    <li
      id={`edge-${edge.factId}`}
      className="scroll-mt-20 rounded-lg border border-slate-200 p-4 target:ring-2 target:ring-amber-500 dark:border-slate-800"
    >
      <p className="break-words">
        <strong>{edge.backer.name}</strong> backs <strong>{edge.backed.name}</strong> —{" "}
        <span className="italic">“{edge.phrasing}”</span>
        {edge.proposed ? (
          <>
            {" "}
            <ProposedBadge />
          </>
        ) : null}
      </p>
      <p className="mt-1 text-sm break-words text-slate-700 dark:text-slate-300">{edge.statement}</p>
      <SourceQuotes evidence={edge.evidence} />
      <div className="mt-4">
        <QuizMe factId={edge.factId} about={says} questionCount={questionCount} />
      </div>
    </li>
  );
}

function SideLinks({ side, index, counts }: { side: Side; index: number; counts: Map<string, number> }) {
  const headingId = `side-${index + 1}`;
  const backers = [...new Map(side.edges.map((e) => [e.backer.id, e.backer.name])).values()];
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="text-lg font-semibold break-words">
        Side {index + 1}: {side.name}
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">Backed by {joinNames(backers)}.</p>
      <ul className="mt-3 flex flex-col gap-3">
        {side.edges.map((edge) => (
          <EdgeItem key={edge.factId} edge={edge} questionCount={counts.get(edge.factId) ?? 0} />
        ))}
      </ul>
    </section>
  );
}

export default async function SidesPage() {
  const [base, counts] = await Promise.all([loadFactBase(db(), { kinds: ["backing"] }), questionCountsByFact(db())]);
  const sides = buildSides(base.facts, base.entities);
  const anyProposed = sides.some((s) => s.edges.some((e) => e.proposed));
  return (
    <div className="mx-auto max-w-4xl">
      <BackToLearn />
      <h1 className="mt-2 text-2xl font-bold">Who backs whom</h1>
      <p className="mt-1 max-w-2xl text-slate-700 dark:text-slate-300">
        The sides of the conflict, drawn only from what the articles say about who backs whom. Everyone linked by
        backing is on the same side; each arrow points from the backers to what they back, labelled with the
        articles&apos; own words.
      </p>
      {anyProposed ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Links marked <ProposedBadge /> were found in a new article and have not been reviewed by a teacher yet.
        </p>
      ) : null}
      {sides.length === 0 ? (
        <p className="mt-6">No backing facts in the fact base yet.</p>
      ) : (
        <>
          <figure className="mt-6" aria-labelledby="diagram-caption">
            <SidesDiagram sides={sides} />
            <figcaption id="diagram-caption" className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              {sides.length === 1 ? "One side" : `${sides.length} sides`}: {sides.map((s) => s.name).join("; ")}. Every
              link is listed below with the quotes that state it.
            </figcaption>
          </figure>
          <section aria-labelledby="links-heading" className="mt-10">
            <h2 id="links-heading" className="text-xl font-bold">
              Who backs whom, in the articles&apos; words
            </h2>
            {sides.map((side, i) => (
              <SideLinks key={side.id} side={side} index={i} counts={counts} />
            ))}
          </section>
        </>
      )}
    </div>
  );
}
