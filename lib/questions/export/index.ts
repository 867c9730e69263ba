// Bank exports: JSON, Moodle GIFT, Anki TSV. Each takes a list of questions.
export { bankExportSchema, exportBankJson, formatBankJson, type BankExport } from "./json";
export { escapeGift, formatGift } from "./gift";
export { escapeHtml, formatAnkiTsv } from "./anki";
export { escapeXml, exportQtiPackage, qtiIdentifier, qtiItem } from "./qti";
