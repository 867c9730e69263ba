// What the content and bank CLIs share: a --root argument and loading content/
// with file-named error messages instead of a stack trace.
import { parseArgs } from "node:util";
import { z } from "zod";
import { ContentError, ContentFileError } from "../content";
import { loadCorpus, type LoadedCorpus } from "../facts";

const rootArgsSchema = z.strictObject({ root: z.string().min(1).default("content") });

/** Parses `--root <dir>`; prints the problem and the usage line and returns undefined on bad arguments. */
export function readRootArg(argv: string[], usage: string): z.infer<typeof rootArgsSchema> | undefined {
  try {
    const { values } = parseArgs({ args: argv, options: { root: { type: "string" } }, strict: true });
    return rootArgsSchema.parse(values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
}

/** Loads the corpus, or prints each problem with its file and returns undefined. */
export async function loadCorpusForCli(root: string): Promise<LoadedCorpus | undefined> {
  try {
    return await loadCorpus(root);
  } catch (error) {
    if (error instanceof ContentFileError) {
      for (const problem of error.problems) console.error(`${error.file}: ${problem}`);
      return undefined;
    }
    if (error instanceof ContentError) {
      console.error(error.message);
      return undefined;
    }
    throw error;
  }
}
