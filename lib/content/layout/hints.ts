// Metadata the text itself offers (an outlet in a credit line, a dateline, a
// header date), surfaced for the importer to confirm; never applied silently.

export type Dateline = { text: string; place: string; monthDay?: string; agency?: string };
export type Credit = { text: string; outlet?: string; agencies?: string[] };
export type Copyright = { text: string; year?: number; holder?: string };

export type LayoutHints = {
  headerDate?: { text: string; isoDay: string };
  dateline?: Dateline;
  credits: Credit[];
  copyright?: Copyright;
};

const WIRE_DATELINE = /^([A-Z][A-Z .'-]+),\s+([A-Z][a-z]+\.?\s+\d{1,2})\.\s+\/([A-Z][A-Za-z-]*)\/\./;
const SHORT_DATELINE = /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) -\s?(?=\p{Lu})/u;

/** "MOSCOW, March 4. /TASS/." or "Moscow -" at the start of the first paragraph. */
export function findDateline(paragraph: string): Dateline | undefined {
  const wire = WIRE_DATELINE.exec(paragraph);
  if (wire) return { text: wire[0], place: wire[1]!, monthDay: wire[2]!, agency: wire[3]! };
  const short = SHORT_DATELINE.exec(paragraph);
  if (short) return { text: short[0].trim(), place: short[1]! };
  return undefined;
}

export function readCredit(line: string): Credit {
  const source = /^Source\s*:\s*(.+?)\s*$/i.exec(line);
  if (source) return { text: line, outlet: source[1]! };
  const reporting = /reporting by\s+(.+?)\.?\s*\)?$/i.exec(line);
  if (reporting) {
    const agencies = reporting[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
    return { text: line, agencies };
  }
  return { text: line };
}

export function readCopyright(line: string): Copyright {
  const year = /\b(19\d{2}|20\d{2})\b/.exec(line);
  const holder = /^(?:Copyright\s*)?(?:\(c\)|©)?\s*(?:\d{4}\.?\s+)?([^,.]+?)(?:,|\.|\s+All\b|$)/i.exec(line);
  return {
    text: line,
    ...(year ? { year: Number(year[1]) } : {}),
    ...(holder?.[1] ? { holder: holder[1].trim() } : {}),
  };
}
