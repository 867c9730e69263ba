// GET /teach/assignments/<id>/export.csv: one row per learner, one column per
// question. The teacher who owns the class only; anyone else gets JSON 401/403/404.
import { db } from "@/lib/db/client";
import { questionStem } from "@/lib/questions/stem";
import { assignmentResults } from "@/lib/db/teach-assignments";
import { requireTeacher } from "@/lib/auth/viewer";
import { assignmentResultsCsv, safeFileName } from "@/lib/teach";
import { jsonError } from "../../../route-errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const teacher = await requireTeacher();
    const { id } = await params;
    const { assignment, questions, report } = await assignmentResults(db(), teacher.id, id, new Date());
    const csv = assignmentResultsCsv(
      report,
      questions.map((q) => ({ id: q.id, prompt: questionStem(q) })),
    );
    const name = safeFileName(`${assignment.setTitle} ${assignment.className}`, "results");
    // A byte order mark so spreadsheet programs read the names as UTF-8.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}-results.csv"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
