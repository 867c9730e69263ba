// Prisma's error codes that callers act on. Duck-typed: the SQLite and
// PostgreSQL clients each have their own error class.

/** A unique constraint refused the write: the row (or its key) is already there. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
