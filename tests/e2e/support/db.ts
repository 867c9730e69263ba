// The e2e server's own database, read by tests to know what a page should show.
import { createDb, type Db } from "../../../lib/db/client";

let shared: Db | undefined;
export function e2eDb(): Db {
  const port = Number(process.env.E2E_PORT ?? 3100);
  shared ??= createDb(`file:./.data/e2e-${port}.db`);
  return shared;
}

/** The right answers of a question, from the bank the server serves. */
export async function answersOf(questionId: string): Promise<{ answers: string[]; choices: string[]; kind: string }> {
  const row = await e2eDb().question.findUniqueOrThrow({ where: { id: questionId } });
  const data = JSON.parse(row.data) as { answers: string[]; choices: string[]; kind: string };
  return { answers: data.answers, choices: data.choices, kind: data.kind };
}
