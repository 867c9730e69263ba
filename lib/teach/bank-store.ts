// What the question banks' use case (regenerate-banks.ts) needs of storage, as a port: lib/db implements it
// (bankStore), so which questions a bank keeps, gains and retires is decided here and lib/db only reads and writes.
import type { Corpus } from "../facts/corpus";
import type { Misconception } from "../questions/misconceptions";
import type { Question } from "../questions/schema";

/** A question as its bank holds it: its row id, the fingerprint of its content, and whether it was retired. */
export type StoredQuestion = { id: string; contentHash: string; retired: boolean };

/** What a bank's write must do: store these questions (each a new version) and retire those. */
export type BankChange = {
  save: { question: Question; contentHash: string }[];
  retire: string[];
};

export type BankStore = {
  /** The library as a corpus: `content` (content/ as just loaded, else read again) and the promoted articles' reviewed facts. */
  libraryCorpus(content?: Corpus): Promise<Corpus>;
  /** One teacher's own articles and reviewed facts, with the entities those facts name. */
  teacherCorpus(ownerId: string): Promise<Corpus>;
  /** Wrong answers learners converged on, in the library's questions (null) or one teacher's. */
  misconceptions(ownerId: string | null): Promise<Misconception[]>;
  /**
   * Every teacher who has a bank to make: one with facts of their own, or with questions still in their bank
   * (whose facts were all promoted or rejected, so the questions must now be retired).
   */
  bankOwners(): Promise<string[]>;
  /** The library's bank (null) or one teacher's, as stored, retired questions included. */
  storedBank(ownerId: string | null): Promise<StoredQuestion[]>;
  /**
   * Writes a change to one bank: each saved question is upserted (no longer retired), its version kept beside
   * the earlier ones, its facts linked; each retired one is marked so, never deleted, so the answers that
   * point at it and its versions stay.
   */
  writeBank(ownerId: string | null, change: BankChange): Promise<void>;
};
