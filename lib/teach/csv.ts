// CSV for spreadsheets. Fields are quoted as RFC 4180 says (a field with a comma,
// quote or line break is wrapped in quotes, quotes doubled; lines end in CRLF).
// Text that a spreadsheet would run as a formula (starting = + - @, tab or CR) gets
// a leading apostrophe, as OWASP's "CSV Injection" page advises: learners type their names.

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A file name a browser will accept in Content-Disposition: ASCII letters, digits and dashes. */
export function safeFileName(text: string, fallback = "export"): string {
  const name = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return name || fallback;
}
