// Seeds the demo school (idempotent) and prints its logins.
import { createDb } from "../lib/db/client";
import { describeDemoLogins, seedDemo } from "../lib/db/demo";
import { databaseUrl } from "../lib/env/database-url";

const db = createDb(databaseUrl(process.env));
try {
  const { created } = await seedDemo(db);
  console.log(created ? "Seeded the demo school." : "Demo school already present.");
  console.log(describeDemoLogins());
} finally {
  await db.$disconnect();
}
