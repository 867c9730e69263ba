import type { Metadata } from "next";
import { teacherOrRedirect } from "../../guard";
import { CreateClassForm } from "./create-class-form";

export const metadata: Metadata = { title: "New class" };

export default async function NewClassPage() {
  await teacherOrRedirect("/teach/classes/new");
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold">New class</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Learners join with a code made for the class; you can share it as a link.
      </p>
      <div className="mt-4">
        <CreateClassForm />
      </div>
    </div>
  );
}
