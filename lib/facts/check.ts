// Checks the whole corpus before anything is taught from it: evidence resolves
// verbatim, ids are unique, entity references exist, conflicts are mutual,
// dates fit the articles and claims carry their attributing words. Pure: it
// reads the corpus and returns the problems.
import type { Corpus } from "./corpus";
import { checkConflicts } from "./checks/conflicts";
import { checkDates } from "./checks/dates";
import { checkEntities } from "./checks/entities";
import { checkEvidence } from "./checks/evidence";
import { checkIds } from "./checks/ids";
import { checkLinks } from "./checks/links";
import { locator, type Check, type Problem } from "./checks/problem";
import type { CorpusSources } from "./load";

export type { Problem, ProblemCode } from "./checks/problem";

const CHECKS: Check[] = [checkIds, checkEntities, checkEvidence, checkConflicts, checkDates, checkLinks];

/** `sources` (from loadCorpus) lets each problem name the exact file; without it, conventional paths are used. */
export function checkCorpus(corpus: Corpus, sources?: Partial<CorpusSources>): Problem[] {
  const locate = locator(sources);
  return CHECKS.flatMap((check) => check(corpus, locate));
}
