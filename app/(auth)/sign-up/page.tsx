import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SignUpForm } from "./sign-up-form";
import { getViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Sign up" };

const searchSchema = z.object({ next: z.string().max(200).optional() });

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = searchSchema.catch({}).parse(await searchParams);
  const viewer = await getViewer();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Create your account</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-300">
        {viewer?.isGuest
          ? "Your guest progress will be kept in your new account."
          : "Save your progress, join a class, or set quizzes for your own class."}
      </p>
      <SignUpForm next={next} />
      <p className="mt-6 text-sm">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </div>
  );
}
