// PostgreSQL through the pg driver adapter, with the client generated from the
// derived schema (prisma/postgres/schema.prisma). Both clients are generated from
// one schema, so their model APIs are the same; the cast records that.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import type { PrismaClient } from "./generated/sqlite/client";

export function createPostgresClient(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url });
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}
