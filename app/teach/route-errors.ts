// Route handlers answer expected failures as JSON with their status: 401 signed
// out, 403 not a teacher, 404 not found or not yours, 400 a bad request.
import "server-only";
import { DomainError } from "@/lib/domain/errors";

export function jsonError(error: unknown): Response {
  if (error instanceof DomainError) return Response.json({ error: error.message }, { status: error.status });
  throw error;
}
