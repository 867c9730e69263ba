import type { Metadata } from "next";
import { teacherOrRedirect } from "../../guard";
import { CreateSetForm } from "./create-set-form";

export const metadata: Metadata = { title: "New question set" };

export default async function NewSetPage() {
  await teacherOrRedirect("/teach/sets/new");
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold">New question set</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Give it a title; next you pick questions from the bank and set its options.
      </p>
      <div className="mt-4">
        <CreateSetForm />
      </div>
    </div>
  );
}
