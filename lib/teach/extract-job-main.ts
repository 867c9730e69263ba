// The child process of lib/teach/extract-job.ts: reads one job (JSON) on stdin,
// reads the pasted text and extracts its facts, writes one result (JSON) on
// stdout. Run as `node --import tsx lib/teach/extract-job-main.ts`.
import { DomainError } from "../domain/errors";
import { pasteJobSchema, type PasteJobOutput } from "./extract-job-schema";
import { readPaste } from "./paste";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

function answer(output: PasteJobOutput): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(JSON.stringify(output), (error) => (error ? reject(error) : resolve())),
  );
}

const job = pasteJobSchema.parse(JSON.parse(await readStdin()));
try {
  const { article, extraction } = readPaste(job.input, job.slug, job.entities);
  await answer({ ok: true, article, facts: extraction.facts, entities: extraction.entities });
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  await answer({ ok: false, message: error.message, fieldErrors: error.fieldErrors });
}
