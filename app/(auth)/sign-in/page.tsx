import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const searchSchema = z.object({ next: z.string().max(200).optional() });

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = searchSchema.catch({}).parse(await searchParams);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      <SignInForm next={next} />
      <p className="mt-6 text-sm">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline dark:text-brand-100">
          Create an account
        </Link>
      </p>
    </div>
  );
}
