import Link from "next/link";

/** Shown with status 403 when a signed-in user opens a page their role may not see (a learner on /teach). */
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">Teachers only</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        This page is for teachers. If you teach, sign in with your teacher account; to join a class, use the join code
        your teacher gave you.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href="/" className="font-semibold text-brand-700 underline dark:text-brand-100">
          Go to your home page
        </Link>
        <Link href="/join" className="font-semibold text-brand-700 underline dark:text-brand-100">
          Join a class
        </Link>
      </p>
    </div>
  );
}
