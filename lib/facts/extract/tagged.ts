// compromise's tagging of a sentence, shared: mentions (people, places,
// organisations) and dates (the verbs that give a date its tense) read the same
// sentence, and tagging is most of what reading a sentence costs.
import nlp from "compromise";

export type Tagged = ReturnType<typeof nlp>;

const recent = new Map<string, Tagged>();

/** The tagged sentence; the last few are kept, so each sentence is tagged once. */
export function tagged(text: string): Tagged {
  const known = recent.get(text);
  if (known) return known;
  const doc = nlp(text);
  if (recent.size >= 8) recent.delete(recent.keys().next().value ?? "");
  recent.set(text, doc);
  return doc;
}
