// Lines that belong to the page around an article, not to the article: link
// teasers, newsletter sign-ups, site navigation, bylines, photo credits, share
// and print buttons, credit and copyright lines, bare dates. Each rule matches a
// whole short line, never a sentence of the article.
import { isDateOnly } from "./dates";

export type BoilerplateKind = "promotional" | "navigation" | "byline" | "photo" | "credit" | "copyright" | "date";

/** A capitalised name of two to four words ("Jane Doe", "Maria de la Cruz"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|al|el|la|le|bin|ibn)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`;

const WHOLE_LINE: { kind: BoilerplateKind; re: RegExp }[] = [
  { kind: "promotional", re: /^(?:SEE ALSO|READ (?:MORE|ALSO)|ALSO READ|RELATED(?: STORIES| ARTICLES| NEWS)?)\s*(?::|$)/i },
  { kind: "promotional", re: /^(?:Most (?:read|popular|viewed)|Recommended|Trending|Editor'?s picks?)\s*$/i },
  { kind: "navigation", re: /^(?:All (?:news|stories|articles|topics)|Back to (?:the )?(?:main page|home ?page|top|news|index)|(?:Home|Main page|Menu|Search|Skip to (?:main )?content|Latest news|Top stories|News feed)|Next article|Previous article|Go to (?:the )?(?:main page|home ?page))\s*[>»›]*\s*$/i },
  { kind: "navigation", re: /^(?:Share|Print|Email|E-mail|Tweet|Comment|Comments|Save|Copy link|Share (?:this|on|via)\b.{0,40}|Print this (?:article|page)|(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Email|Print|VK)(?:\s*[|,·•]?\s*(?:Facebook|Twitter|X|WhatsApp|Telegram|LinkedIn|Email|E-mail|Print|VK|Reddit|Share))+)\s*$/i },
  { kind: "navigation", re: /^(?:Home|News|World|Politics)(?:\s*[>»›/|]\s*[\p{L} ]{2,30}){1,4}\s*$/iu },
  { kind: "byline", re: new RegExp(String.raw`^By\s+${NAME}(?:\s+(?:and|&)\s+${NAME})?(?:\s*[,|–—-]\s*[\p{L} .]{2,40})?\s*$`, "u") },
  // "Photo: ... Reuters/Name", "(Photo by X/AFP)", a caption line ending in an agency credit.
  { kind: "photo", re: /^(?:\(?(?:Photo(?:graph)?s?|Pictures?|Images?|Pictured|File photo|Image caption|Caption|Photo credit)\s*(?::|by\b|\/).{0,300}|.{0,160}\b(?:Getty Images|AFP via Getty|AP Photo\/[\p{L}. ]+|EPA-EFE(?:\/[\p{L}. ]+)?)\)?)$/iu },
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
