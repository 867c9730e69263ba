// Derives prisma/postgres/schema.prisma from prisma/schema.prisma: one schema is
// the source, the PostgreSQL one only swaps the provider and the client's output.
export function derivePostgresSchema(sqliteSchema: string): string {
  const swapped = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:\.\/dev\.db"/, 'url      = "postgresql://localhost/ignored"')
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgres"');
  if (swapped.includes('"sqlite"') || !swapped.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma changed shape: cannot derive the PostgreSQL schema");
  }
  return `// GENERATED from prisma/schema.prisma by lib/cli/derive-postgres-schema.ts. Do not edit.\n${swapped}`;
}
