import { Section } from "@/app/_components/section";
import { Button } from "@/app/_components/button";

/** "Join a class" where a learner looks first: a GET form to /join, so it works without JavaScript. */
export function JoinClassBox() {
  return (
    <Section
      id="join-heading"
      title="Join a class"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <form method="get" action="/join" className="mt-2 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="home-join-code" className="text-sm font-medium">
            Join code from your teacher
          </label>
          <input
            id="home-join-code"
            name="code"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            className="w-40 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono uppercase tracking-widest text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
        </div>
        <Button type="submit" variant="secondary">
          Join
        </Button>
      </form>
    </Section>
  );
}
