// POST /api/attempts/<attemptId>/responses: submits one answer as JSON, for
// outside callers (apps, load tests). Same rules as the quiz page: signed-in
// owner only, idempotent by key, nothing written unless everything checks out.
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import { getSession } from "@/lib/auth/session";
import { handleJson, readJson } from "@/lib/http/json";
import { submitAnswerSchema } from "@/lib/quiz/schema";
import { submitAnswer } from "@/lib/quiz/submit";
import { NotFoundError, UnauthenticatedError } from "@/lib/domain/errors";

const bodySchema = submitAnswerSchema.omit({ attemptId: true });
const paramsSchema = submitAnswerSchema.pick({ attemptId: true });

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleJson(request, async () => {
    const parsed = paramsSchema.safeParse(await params);
    if (!parsed.success) throw new NotFoundError("That quiz does not exist or is not yours.");
    const { attemptId } = parsed.data;
    const body = await readJson(request, bodySchema);
    const session = await getSession(await headers());
    if (!session) throw new UnauthenticatedError("Sign in first: this needs a session cookie.");
    return submitAnswer(db(), session.user.id, { attemptId, ...body }, new Date());
  });
}
