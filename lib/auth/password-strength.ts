// Refuses passwords that are easy to guess: common passwords, keyboard runs,
// dates, repeats and the user's own name or email (zxcvbn-ts with its common and
// English dictionaries, all offline). A score of 3 means about 10^8 guesses:
// beyond an online attacker, given the sign-in limits.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function checker(): ZxcvbnFactory {
  // Built on first use: loading the dictionaries takes a moment and most requests never need them.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/** Undefined when the password is strong enough; otherwise one sentence saying why not. */
export function weakPasswordReason(password: string, userInputs: string[]): string | undefined {
  const result = checker().check(password, userInputs.filter(Boolean));
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, "")}: ` : "";
  return `${why}this password is too easy to guess. Try a few unrelated words.`;
}
