// The question set export formats offered on the set page and accepted by its export route.
import { z } from "zod";

export const EXPORT_FORMATS = [
  { id: "gift", label: "GIFT (Moodle)" },
  { id: "qti", label: "QTI 3.0 (zip)" },
  { id: "anki-tsv", label: "Anki (TSV)" },
] as const;

export const exportFormatSchema = z.enum(["gift", "qti", "anki-tsv"]);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
