// GET /teach/sets/<id>/export?format=gift|qti|anki-tsv: the set's questions, in set
// order, as a file. Only the set's owner gets it; anyone else gets JSON 401/403/404.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { getOwnSet } from "@/lib/db/teach-sets";
import { getQuestionsById } from "@/lib/db/questions";
import { loadFullCorpus } from "@/lib/db/teacher-corpus";
import { requireTeacher } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/domain/errors";
import { exportQtiPackage, formatAnkiTsv, formatGift } from "@/lib/questions/export";
import { safeFileName, zipFiles } from "@/lib/teach";
import { jsonError } from "../../../route-errors";
import { exportFormatSchema } from "./formats";

export const dynamic = "force-dynamic";

function download(body: string | Buffer, type: string, fileName: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const teacher = await requireTeacher();
    const { id } = await params;
    const set = await getOwnSet(db(), teacher.id, id);
    const format = exportFormatSchema.safeParse(request.nextUrl.searchParams.get("format"));
    if (!format.success) throw new DomainError("Choose format=gift, qti or anki-tsv.");
    const byId = await getQuestionsById(db(), set.questionIds);
    // Learners never get hidden or retired questions, so exports leave them out too.
    const questions = set.questionIds.flatMap((qid) => {
      const q = byId.get(qid);
      return q && !q.hidden && !q.retired ? [q] : [];
    });
    const name = safeFileName(set.title, "question-set");
    switch (format.data) {
      case "gift":
        return download(
          formatGift(questions, await loadFullCorpus(db(), teacher.id)),
          "text/plain; charset=utf-8",
          `${name}.gift.txt`,
        );
      case "anki-tsv":
        return download(
          formatAnkiTsv(questions, await loadFullCorpus(db(), teacher.id)),
          "text/tab-separated-values; charset=utf-8",
          `${name}.anki.tsv`,
        );
      case "qti":
        return download(zipFiles(exportQtiPackage(questions)), "application/zip", `${name}.qti.zip`);
    }
  } catch (error) {
    return jsonError(error);
  }
}
