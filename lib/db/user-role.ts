// Changes an account's role (the maintainer command). Guests keep their role:
// a guest has no email of their own to be named by.
import type { Db } from "./client";
import type { Role } from "../domain/roles";

export type RoleChange = { found: false } | { found: true; name: string; previous: string; role: Role };

export async function setUserRole(db: Db, email: string, role: Role): Promise<RoleChange> {
  const user = await db.user.findFirst({
    where: { email, isAnonymous: { not: true } },
    select: { id: true, name: true, role: true },
  });
  if (!user) return { found: false };
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { found: true, name: user.name, previous: user.role, role };
}
