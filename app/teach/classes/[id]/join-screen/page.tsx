import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getOwnClass } from "@/lib/db/teach-classes";
import { NotFoundError } from "@/lib/domain/errors";
import { teacherOrRedirect } from "../../../guard";
import { linkClass } from "../../../_components/styles";
import { JoinQr } from "../join-qr";
import { requestJoinUrl } from "../join-origin";

export const metadata: Metadata = { title: "Join screen" };

/** For the projector: the code and the QR code as large as the screen allows, and the link to type. */
export default async function JoinScreenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await teacherOrRedirect(`/teach/classes/${id}/join-screen`);
  const klass = await getOwnClass(db(), teacher.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const url = await requestJoinUrl(klass.joinCode);
  return (
    <div className="flex flex-col items-center gap-6 py-4 text-center">
      <p className="self-start text-sm">
        <Link href={`/teach/classes/${klass.id}`} className={linkClass}>
          Back to {klass.name}
        </Link>
      </p>
      <h1 className="text-3xl font-bold sm:text-5xl">Join {klass.name}</h1>
      <div className="flex w-full flex-col items-center gap-8 lg:flex-row lg:justify-center">
        <JoinQr url={url} className="aspect-square w-full max-w-[min(80vw,60vh)]" />
        <div className="flex min-w-0 flex-col items-center gap-4">
          <p className="text-xl sm:text-2xl">Scan the code, or go to</p>
          <p className="max-w-full font-mono text-xl font-semibold [overflow-wrap:anywhere] sm:text-2xl">
            {url.replace(/\/join\/[^/]+$/, "/join")}
          </p>
          <p className="text-xl sm:text-2xl">and enter</p>
          <p className="font-mono text-5xl font-bold tracking-[0.2em] sm:text-8xl">{klass.joinCode}</p>
        </div>
      </div>
    </div>
  );
}
