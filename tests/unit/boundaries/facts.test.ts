// The fact base's boundary: every entry of content/facts/*.yaml and content/entities.yaml,
// parsed from YAML (the loader's own path) as well as from objects.
import fc from "fast-check";
import { stringify as toYaml, parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import {
  entitiesFileSchema,
  entitySchema,
  entityTypeSchema,
  factSchema,
  factsFileSchema,
  type Fact,
} from "@/lib/facts";
import {
  checkAllAccepted,
  checkAllRefused,
  checkJunkIsHandled,
  checkObjectMutationsRefused,
  expectAnswers,
  hugeString,
  junk,
} from "./junk";
import { nonBlankText, validIsoDay, validSlug } from "./valid";

const factDate = fc.record({ on: validIsoDay, precision: fc.constantFrom("day", "month", "year") });
const quantity = fc
  .tuple(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    nonBlankText,
  )
  .map(([a, b, unit]) => ({ min: Math.min(a, b), max: Math.max(a, b), unit }))
  .chain((q) =>
    fc
      .option(fc.constantFrom("exact", "more-than", "up-to", "about", "estimated"), { nil: undefined })
      .map((qualifier) => (qualifier ? { ...q, qualifier } : q)),
  );
const evidence = fc.record(
  {
    article: validSlug,
    passage: fc.integer({ min: 1, max: 99 }).map((n) => `p${n}`),
    quote: nonBlankText,
    prefix: nonBlankText,
    suffix: nonBlankText,
  },
  { requiredKeys: ["article", "passage", "quote"] },
);
const base = {
  id: validSlug,
  statement: nonBlankText,
  status: fc.constantFrom("reviewed", "proposed", "rejected"),
  evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
  conflictsWith: fc.array(validSlug, { maxLength: 2 }),
  note: fc.string({ maxLength: 40 }),
};
const baseRequired = ["id", "statement", "evidence", "kind"] as const;
const entities = (min: number) => fc.array(validSlug, { minLength: min, maxLength: 4 });

const FACT_KINDS = {
  backing: {
    fields: { backer: validSlug, backed: validSlug, phrasing: nonBlankText },
    required: ["backer", "backed", "phrasing"],
  },
  meeting: {
    fields: {
      participants: entities(2),
      place: validSlug,
      venue: fc.string({ maxLength: 20 }),
      date: factDate,
      format: nonBlankText,
      duration: fc.string({ maxLength: 20 }),
      outcome: fc.string({ maxLength: 20 }),
      planned: fc.boolean(),
    },
    required: ["participants", "format"],
  },
  "deal-term": {
    fields: { agreement: validSlug, requires: nonBlankText, parties: entities(0), deadline: factDate, quantity },
    required: ["agreement", "requires"],
  },
  figure: {
    fields: {
      quantity,
      counts: nonBlankText,
      measure: nonBlankText,
      asOf: factDate,
      source: fc.string({ maxLength: 20 }),
    },
    required: ["quantity", "counts", "measure"],
  },
  role: { fields: { person: validSlug, office: nonBlankText, country: validSlug }, required: ["person", "office"] },
  event: { fields: { date: factDate, what: nonBlankText, actors: entities(0) }, required: ["date", "what"] },
} as const;
type KindName = keyof typeof FACT_KINDS;

function factOf(kind: KindName): fc.Arbitrary<Record<string, unknown>> {
  const spec = FACT_KINDS[kind];
  return fc.record({ ...base, ...spec.fields, kind: fc.constant(kind) } as Record<string, fc.Arbitrary<unknown>>, {
    requiredKeys: [...baseRequired, ...spec.required],
  });
}

const KINDS = Object.keys(FACT_KINDS) as KindName[];
const validFact = fc.oneof(...KINDS.map(factOf));

const validEntity = fc.record(
  {
    id: validSlug,
    type: entityTypeSchema.options.length ? fc.constantFrom(...entityTypeSchema.options) : fc.constant("country"),
    name: nonBlankText,
    aliases: fc.array(nonBlankText, { maxLength: 3 }),
    country: validSlug,
  },
  { requiredKeys: ["id", "type", "name"] },
);

describe("one fact", () => {
  it("accepts every kind with its fields, filling in the defaults", () => {
    checkAllAccepted(factSchema, validFact, (out, input) => {
      expect(out.kind).toBe(input.kind);
      expect(out.status).toBe(input.status ?? "reviewed");
      expect(out.conflictsWith).toEqual(input.conflictsWith ?? []);
    });
  });

  for (const kind of KINDS) {
    it(`refuses a ${kind} fact with a field missing, mistyped or unknown`, () => {
      const spec = FACT_KINDS[kind];
      checkObjectMutationsRefused(
        factSchema,
        factOf(kind),
        {
          required: [...baseRequired, ...spec.required],
          typed: [...baseRequired, ...Object.keys(spec.fields)],
          strict: true,
        },
        100,
      );
    });
  }

  it("refuses a fact without evidence, a quantity whose min is above its max, and an unknown kind", () => {
    checkAllRefused(
      factSchema,
      fc.oneof(
        validFact.map((f) => ({ ...f, evidence: [] })),
        fc
          .tuple(factOf("figure"), fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }))
          .map(([f, max, gap]) => ({
            ...f,
            quantity: { ...(f.quantity as object), min: max + gap, max },
          })),
        fc
          .tuple(
            validFact,
            fc.string().filter((k) => !KINDS.includes(k as KindName)),
          )
          .map(([f, kind]) => ({ ...f, kind })),
        fc
          .tuple(validFact, fc.constantFrom("P1", "p0", "1", "p-1", ""))
          .map(([f, passage]) => ({ ...f, evidence: [{ article: "a", passage, quote: "q" }] })),
      ),
    );
  });

  it("answers any junk, and any kind's fields under another kind, with a ZodError", () => {
    checkJunkIsHandled(factSchema);
    checkJunkIsHandled(
      factSchema,
      fc.tuple(validFact, fc.constantFrom(...KINDS)).map(([f, kind]) => ({ ...f, kind })),
    );
  });
});

describe("fact and entity files, read from YAML", () => {
  it("a file of valid facts reads back as the same facts", () => {
    fc.assert(
      fc.property(fc.array(validFact, { maxLength: 4 }), (facts) => {
        const result = expectAnswers(factsFileSchema, parseYaml(toYaml(facts)));
        expect(result.success).toBe(true);
        if (result.success) expect((result.data as Fact[]).map((f) => f.id)).toEqual(facts.map((f) => f.id));
      }),
      { numRuns: 60 },
    );
  });

  it("any YAML document that parses is answered with facts or a ZodError", () => {
    const yamlText = fc.oneof(
      fc.string(),
      junk.map((j) => {
        try {
          return toYaml(j);
        } catch {
          return "[]";
        }
      }),
      validFact.map((f) => toYaml([f]).replace(/kind: \S+/, "kind: !!binary aGVsbG8=")),
      fc.constantFrom(
        "- __proto__: { polluted: 1 }\n  id: x\n",
        "- &a [*a]\n",
        "- <<: { id: x }\n",
        "!!js/function 'function(){}'\n",
      ),
      hugeString.map((s) => `- id: ${JSON.stringify(s)}\n`),
    );
    fc.assert(
      fc.property(yamlText, (text) => {
        let raw: unknown;
        try {
          raw = parseYaml(text, { logLevel: "silent" });
        } catch {
          return; // The loader reports YAML errors itself (tests/unit/content/load.test.ts).
        }
        expectAnswers(factsFileSchema, raw ?? []);
      }),
      { numRuns: 200 },
    );
  });

  it("entities: accepted when well formed, refused with a field missing, mistyped or unknown", () => {
    checkAllAccepted(entitySchema, validEntity, (out, input) => expect(out.aliases).toEqual(input.aliases ?? []));
    checkObjectMutationsRefused(entitySchema, validEntity, {
      required: ["id", "type", "name"],
      typed: ["id", "type", "name", "aliases", "country"],
      strict: true,
    });
    checkAllRefused(
      entitySchema,
      fc
        .tuple(
          validEntity,
          fc.string().filter((t) => !(entityTypeSchema.options as readonly string[]).includes(t)),
        )
        .map(([e, type]) => ({ ...e, type })),
    );
    checkJunkIsHandled(entitiesFileSchema);
  });
});
