import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinClassBox } from "../join-class-box";
import { db } from "@/lib/db/client";
import { findClassByCode, isEnrolled } from "@/lib/db/enrollments";
import { getViewer } from "@/lib/auth/viewer";
import { joinCodeInputSchema } from "@/lib/teach";
import { JoinClassForm } from "./join-class-form";

export const metadata: Metadata = { title: "Join a class" };

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A mistyped code gets a plain answer and a second try, not a page about missing quizzes. */
function NoSuchClass({ code }: { code: string }) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">No class has that code</h1>
      <p role="alert">
        No class uses the join code <span className="font-mono font-semibold">{code}</span>. Check the code with your
        teacher (it is letters and digits, like IDLIB8) and try again.
      </p>
      <JoinClassBox />
    </div>
  );
}

/**
 * The join link a teacher shares. Signed-out visitors and guests are sent to sign
 * up first and come back here; joining is a button (a POST), never the GET itself.
 */
export default async function JoinClassPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const parsed = joinCodeInputSchema.safeParse(safeDecode(raw));
  if (!parsed.success) return <NoSuchClass code={safeDecode(raw).slice(0, 40)} />;
  const code = parsed.data;
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect(`/sign-up?next=${encodeURIComponent(`/join/${code}`)}`);
  const klass = await findClassByCode(db(), code);
  if (!klass) return <NoSuchClass code={code} />;
  const enrolled = await isEnrolled(db(), viewer.id, klass.id);

  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{enrolled ? `You are in ${klass.name}` : `Join ${klass.name}`}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">Teacher: {klass.teacherName}</p>
      {enrolled ? (
        <p className="mt-4">
          Its assignments appear on{" "}
          <Link href="/" className="font-semibold text-brand-700 underline dark:text-brand-100">
            your home page
          </Link>
          .
        </p>
      ) : viewer.role === "TEACHER" ? (
        <p className="mt-4">You are signed in as a teacher. Learners join with this code from their own accounts.</p>
      ) : (
        <div className="mt-4">
          <JoinClassForm code={code} />
        </div>
      )}
    </div>
  );
}
