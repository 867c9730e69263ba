import { ButtonLink } from "@/app/_components/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        There is nothing here, or it belongs to someone else. If you followed a link to a quiz, make sure you are signed
        in to the account that started it.
      </p>
      <ButtonLink href="/" className="mt-6 inline-block">
        Go to the home page
      </ButtonLink>
    </div>
  );
}
