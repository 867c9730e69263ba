// The question banks made again from the facts. The library's bank comes from library facts alone (content/ and
// promoted articles); each teacher's from the library plus that teacher's reviewed facts, keeping only the
// questions that rest on one of the teacher's facts, in its own namespace, so nothing one teacher does changes a
// question anyone else sees. Ids are stable, so a regenerated bank updates questions in place; a question the
// generator no longer makes is retired (kept for the answers and versions that point at it), never deleted.
import { fingerprint } from "../domain/fingerprint";
import { mergeCorpora, type Corpus } from "../facts/corpus";
import { generateBank } from "../questions";
import type { Question } from "../questions/schema";
import type { BankChange, BankStore, StoredQuestion } from "./bank-store";
import type { SyncCounts } from "./library-store";

/**
 * The id of a question in a bank: the generator's own id in the library; in a teacher's bank a digest of it with
 * the owner, so two banks never share a row (the generator gives a question resting on the same facts the same id).
 */
export function storedQuestionId(ownerId: string | null, generatedId: string): string {
  return ownerId === null ? generatedId : `q_${fingerprint(["owner", ownerId, generatedId])}`;
}

/**
 * What a bank becomes, given what it holds and what the generator makes now: a question made again with the same
 * content is left alone; one that is new, changed or back from retirement is saved; one no longer made is retired.
 */
export function planBank(
  stored: readonly StoredQuestion[],
  generated: readonly Question[],
  ownerId: string | null,
): { change: BankChange; counts: SyncCounts } {
  const existing = new Map(stored.map((q) => [q.id, q]));
  const counts: SyncCounts = { created: 0, updated: 0, unchanged: 0, retired: 0 };
  const save: BankChange["save"] = [];
  const made = new Set<string>();
  for (const g of generated) {
    const question = { ...g, id: storedQuestionId(ownerId, g.id) };
    made.add(question.id);
    const contentHash = fingerprint(question);
    const row = existing.get(question.id);
    if (row && row.contentHash === contentHash && !row.retired) {
      counts.unchanged += 1;
      continue;
    }
    save.push({ question, contentHash });
    if (row) counts.updated += 1;
    else counts.created += 1;
  }
  const retire = stored.filter((q) => !q.retired && !made.has(q.id)).map((q) => q.id);
  counts.retired = retire.length;
  return { change: { save, retire }, counts };
}

/** Brings one bank to exactly these questions (see planBank), and says what changed. */
export async function syncBank(
  store: BankStore,
  ownerId: string | null,
  generated: readonly Question[],
): Promise<SyncCounts> {
  const { change, counts } = planBank(await store.storedBank(ownerId), generated, ownerId);
  await store.writeBank(ownerId, change);
  return counts;
}

/** The library's bank, made from library facts alone: no teacher's fact feeds its distractors or truth checks. */
export async function regenerateLibraryBank(store: BankStore, content?: Corpus): Promise<SyncCounts> {
  return libraryBank(store, await store.libraryCorpus(content));
}

/**
 * One teacher's bank: made from the library and that teacher's reviewed facts, keeping the questions that rest on
 * at least one of the teacher's facts. A teacher with no reviewed fact has an empty bank. The library's questions
 * are never touched.
 */
export async function regenerateTeacherBank(store: BankStore, ownerId: string, content?: Corpus): Promise<SyncCounts> {
  return teacherBank(store, ownerId, () => store.libraryCorpus(content));
}

/**
 * Every bank: the library's, then each teacher's (their questions use library facts as distractors, so a library
 * change may move them). Teacher facts count once reviewed: a proposed fact reaches no question.
 */
export async function regenerateBanks(store: BankStore, content?: Corpus): Promise<SyncCounts> {
  const library = await store.libraryCorpus(content);
  let counts = await libraryBank(store, library);
  for (const ownerId of await store.bankOwners()) {
    counts = addCounts(counts, await teacherBank(store, ownerId, async () => library));
  }
  return counts;
}

async function libraryBank(store: BankStore, library: Corpus): Promise<SyncCounts> {
  return syncBank(store, null, generateBank(library, await store.misconceptions(null)));
}

async function teacherBank(store: BankStore, ownerId: string, library: () => Promise<Corpus>): Promise<SyncCounts> {
  const own = await store.teacherCorpus(ownerId);
  const ownFacts = new Set(own.facts.map((f) => f.id));
  const questions =
    ownFacts.size === 0
      ? []
      : generateBank(mergeCorpora(await library(), own), await store.misconceptions(ownerId)).filter((q) =>
          q.factIds.some((id) => ownFacts.has(id)),
        );
  return syncBank(store, ownerId, questions);
}

function addCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  return {
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    retired: a.retired + b.retired,
  };
}
