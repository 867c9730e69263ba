import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { joinCodeInputSchema } from "@/lib/teach";
import { Button } from "@/app/_components/button";

export const metadata: Metadata = { title: "Join a class" };

const searchSchema = z.object({ code: z.string().max(40).optional() }).catch({});

/** Type the code from the board; a GET form, so it works before signing in and without JavaScript. */
export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { code } = searchSchema.parse(await searchParams);
  const parsed = code === undefined ? null : joinCodeInputSchema.safeParse(code);
  if (parsed?.success) redirect(`/join/${parsed.data}`);
  const invalid = parsed !== null && !parsed.success;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Join a class</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">Enter the join code your teacher gave you.</p>
      <form method="get" action="/join" className="mt-4 flex flex-col gap-3">
        <label htmlFor="code" className="text-sm font-medium">
          Join code
        </label>
        <input
          id="code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={code ?? ""}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? "code-error" : undefined}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-lg uppercase tracking-widest text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        {invalid ? (
          <p id="code-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            A join code is 4 to 12 letters and digits, like IDLIB8.
          </p>
        ) : null}
        <Button type="submit" className="self-start">
          Continue
        </Button>
      </form>
    </div>
  );
}
