// Grants or changes an account's role; the only way to make a maintainer:
//   npm run user:role -- EMAIL maintainer|teacher|learner
// Exit codes: 0 changed, 1 no account has that email, 2 bad arguments.
// A running server sees the new role within its session cache bound (about a
// minute); signing out and in again shows it at once.
import { z } from "zod";
import { parseEnv } from "../env";
import { createDb, type Db } from "../db/client";
import { setUserRole } from "../db/user-role";
import type { Role } from "../auth/roles";

export const USAGE = "usage: npm run user:role -- EMAIL maintainer|teacher|learner";

const argsSchema = z.tuple([
  z
    .email("EMAIL: give the account's email, like name@example.com")
    .max(254)
    .transform((s) => s.toLowerCase()),
  z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.enum(["MAINTAINER", "TEACHER", "LEARNER"], "ROLE: one of maintainer, teacher, learner")),
]);

export type CommandResult = { code: 0 | 1 | 2; out: string[]; err: string[] };

/** Runs the command on `db`; never throws for bad input, only answers with an exit code and messages. */
export async function userRoleCommand(argv: readonly string[], db: () => Db): Promise<CommandResult> {
  const parsed = argsSchema.safeParse(argv);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `  ${i.message}`);
    return { code: 2, out: [], err: [...reasons, USAGE] };
  }
  const [email, role] = parsed.data as [string, Role];
  const change = await setUserRole(db(), email, role);
  if (!change.found) {
    return {
      code: 1,
      out: [],
      err: [`No account has the email ${email}. They must sign up first; nothing was changed.`],
    };
  }
  const was = change.previous === role ? ` (it already was)` : ` (was ${change.previous.toLowerCase()})`;
  return { code: 0, out: [`${change.name} <${email}> is now a ${role.toLowerCase()}${was}.`], err: [] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let opened: Db | undefined;
  const open = () => (opened ??= createDb(parseEnv(process.env).databaseUrl));
  const result = await userRoleCommand(process.argv.slice(2), open).catch((error: unknown) => ({
    code: 1 as const,
    out: [],
    err: [error instanceof Error ? error.message : String(error)],
  }));
  await opened?.$disconnect();
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.code;
}
