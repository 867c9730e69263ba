// The files content:import writes for a person to review: the proposed facts
// of one article (content/facts/proposed-<slug>.yaml), and new entities as a
// block appended to content/entities.yaml, leaving every existing line as it is.
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { entitiesFileSchema, type Entity, type Fact } from "../schema";

const FIRST_KEYS = ["id", "kind", "statement", "status"] as const;
const LAST_KEYS = ["evidence", "note"] as const;

/** A fact with its keys in reading order and empty defaults left out, as a reviewer wants to see it. */
function readable(fact: Fact): Record<string, unknown> {
  const source = fact as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const put = (key: string) => {
    const value = source[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key === "conflictsWith")) return;
    out[key] = value;
  };
  for (const key of FIRST_KEYS) put(key);
  for (const key of Object.keys(source)) {
    if (!(FIRST_KEYS as readonly string[]).includes(key) && !(LAST_KEYS as readonly string[]).includes(key)) put(key);
  }
  for (const key of LAST_KEYS) put(key);
  return out;
}

export type ProposalHeader = {
  slug: string;
  source: string;
  /** Facts found again that already exist elsewhere, listed so their evidence is not lost. */
  alreadyKnown: { id: string; file: string; passage: string; quote: string }[];
  newEntities: string[];
};

/** The YAML text of content/facts/proposed-<slug>.yaml. */
export function proposalFile(facts: readonly Fact[], header: ProposalHeader): string {
  const lines = [
    `# Facts proposed by the rule-based extractor for ${header.slug} (from ${header.source}).`,
    "# Review each one against its evidence: correct it, then set status: reviewed,",
    "# or set status: rejected. Re-running content:import replaces only the facts",
    "# still marked proposed.",
  ];
  if (header.newEntities.length > 0) {
    lines.push(`# New entities they use were appended to content/entities.yaml: ${header.newEntities.join(", ")}.`);
  }
  if (header.alreadyKnown.length > 0) {
    lines.push("#", "# Found again, already in the fact base (evidence from this article, to add by hand):");
    for (const k of header.alreadyKnown)
      lines.push(`#   ${k.id} (${k.file}): ${k.passage} "${k.quote.replace(/\s+/g, " ")}"`);
  }
  const body =
    facts.length === 0
      ? "[]\n"
      : stringifyYaml(facts.map(readable), { lineWidth: 0, aliasDuplicateObjects: false }).replace(
          /\n- id: /g,
          "\n\n- id: ",
        );
  return `${lines.join("\n")}\n\n${body}`;
}

/**
 * content/entities.yaml with new entities appended under a comment naming the
 * article, or undefined when there are none. The result is parsed and validated
 * before it is returned, so a bad append never reaches the disk.
 */
export function appendEntities(existingText: string, entities: readonly Entity[], slug: string): string | undefined {
  if (entities.length === 0) return undefined;
  const block = stringifyYaml(
    entities.map((e) => ({ ...e, ...(e.aliases.length === 0 ? { aliases: undefined } : {}) })),
    { lineWidth: 0, aliasDuplicateObjects: false },
  );
  const separator = existingText.endsWith("\n") ? "\n" : "\n\n";
  const text = `${existingText}${separator}# Proposed by content:import for ${slug}: review these names.\n${block}`;
  entitiesFileSchema.parse(parseYaml(text));
  return text;
}
