// Prints the question bank of content/ as one document: JSON (default), Moodle GIFT
// or Anki TSV. Only the document goes to stdout (use `npm run -s` to drop npm's banner);
// everything else goes to stderr. QTI 3.0 is a package of files, written to --out.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { exportQtiPackage, formatAnkiTsv, formatBankJson, formatGift, generateBank, topicSchema } from "../questions";
import { loadCorpusForCli } from "./corpus-cli";

const USAGE =
  "usage: npm run -s bank:export [-- --format json|gift|anki-tsv] [--topic <topic>] [--root <content dir>]\n" +
  "       npm run -s bank:export -- --format qti --out <folder>";
const argsSchema = z
  .strictObject({
    format: z.enum(["json", "gift", "anki-tsv", "qti"]).default("json"),
    topic: topicSchema.optional(),
    root: z.string().min(1).default("content"),
    out: z.string().min(1).optional(),
  })
  .refine((a) => (a.format === "qti") === (a.out !== undefined), {
    message: "--out is for --format qti, and --format qti needs --out (a QTI package is a folder of files)",
    path: ["out"],
  });

function readArgs(argv: string[]): z.infer<typeof argsSchema> | undefined {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string" },
        topic: { type: "string" },
        root: { type: "string" },
        out: { type: "string" },
      },
      strict: true,
    });
    return argsSchema.parse(values);
  } catch (error) {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
    console.error(`${message}\n${USAGE}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return 1;
  const corpus = await loadCorpusForCli(args.root);
  if (!corpus) return 1;
  const questions = generateBank(corpus).filter((q) => args.topic === undefined || q.topic === args.topic);
  if (args.format === "qti" && args.out !== undefined) {
    const files = exportQtiPackage(questions);
    for (const [file, xml] of files) {
      const target = path.join(args.out, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, xml, "utf8");
    }
    console.error(`${questions.length} QTI 3.0 items and imsmanifest.xml written to ${args.out}`);
    return 0;
  }
  const formats = { json: formatBankJson, gift: formatGift, "anki-tsv": formatAnkiTsv } as const;
  process.stdout.write(formats[args.format === "qti" ? "json" : args.format](questions, corpus));
  console.error(`${questions.length} questions exported as ${args.format}`);
  return 0;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main();
