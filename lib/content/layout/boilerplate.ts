// Lines that belong to the page around an article, not to the article: link
// teasers, newsletter sign-ups, credit and copyright lines, bare dates.
import { isDateOnly } from "./dates";

export type BoilerplateKind = "promotional" | "credit" | "copyright" | "date";

const WHOLE_LINE: { kind: BoilerplateKind; re: RegExp }[] = [
  { kind: "promotional", re: /^(?:SEE ALSO|READ (?:MORE|ALSO)|ALSO READ|RELATED(?: STORIES)?)\s*:/i },
  { kind: "promotional", re: /^More\s+(?:[\p{L}'’&-]+\s+){0,4}News\s*$/iu },
  { kind: "promotional", re: /^(?:Access|Read|Show|Load|View) More\s*$/i },
  { kind: "promotional", re: /^(?:Sign up|Subscribe|Follow us|Click here)\b/i },
  { kind: "promotional", re: /^Advertisement\s*$/i },
  { kind: "credit", re: /^Source\s*:\s*\S/i },
  { kind: "credit", re: /^\(?(?:With (?:additional )?reporting|Reporting|Writing|Editing) by\b/i },
  { kind: "copyright", re: /^(?:Copyright\b|©|\(c\)\s)/i },
  { kind: "copyright", re: /\bAll rights reserved\b|\bRepublished with (?:the )?permission\b/i },
];

/**
 * Promotional wording that can also occur in prose, so it only counts next to
 * a line already known to be promotional (the sign-up block at a page's end).
 */
const PROMO_WORDS = /\bnewsletter\b|\bsubscri(?:be|ption)\b|\binbox\b/i;

export function classifyLine(line: string): BoilerplateKind | undefined {
  if (isDateOnly(line)) return "date";
  return WHOLE_LINE.find((rule) => rule.re.test(line))?.kind;
}

export function looksPromotional(line: string): boolean {
  return PROMO_WORDS.test(line);
}
