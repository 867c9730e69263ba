import Link from "next/link";
import { getViewer } from "@/lib/auth/viewer";
import { isTeacher } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { NavLinks } from "./nav-links";

const learnerLinks = [
  { href: "/quiz", label: "Quiz" },
  { href: "/flashcards", label: "Flashcards" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/learn", label: "Learn" },
  { href: "/sources", label: "Sources" },
];

export async function SiteHeader() {
  const viewer = await getViewer();
  const links = viewer && isTeacher(viewer.role) ? [{ href: "/teach", label: "Teach" }, ...learnerLinks] : learnerLinks;
  return (
    <header role="banner" className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-100">
          Sourced
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <NavLinks links={links} />
        </nav>
        <div className="ml-auto flex items-center gap-2 text-sm">
          {viewer && !viewer.isGuest ? (
            <>
              <span className="hidden text-slate-600 sm:inline dark:text-slate-300">
                {viewer.name}
                {viewer.role === "MAINTAINER" ? " (maintainer)" : viewer.role === "TEACHER" ? " (teacher)" : ""}
              </span>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              {viewer?.isGuest ? <span className="text-slate-600 dark:text-slate-300">Guest</span> : null}
              <Link href="/sign-in" className="rounded px-2 py-1 underline-offset-4 hover:underline">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded bg-brand-700 px-2 py-1 font-medium text-white hover:bg-brand-800"
              >
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
