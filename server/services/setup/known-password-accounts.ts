// Accounts that still sign in with a password everybody knows: the demo workspace's people with
// the README's `switchboard-demo`. A production start refuses to serve them (server/cli/prepare-app.ts):
// a database where `npm run dev` seeded the demo — the checkout's `.data/pglite`, or a DATABASE_URL
// that a development run used — would otherwise let anyone who read the README sign in as its owner.
import type { Db } from "../../db/client";
import { verifyPassword } from "../../auth/passwords";

/** The emails among `emails` whose account's password is `password` (one bcrypt compare per existing account). */
export async function accountsWithKnownPassword(db: Db, emails: readonly string[], password: string): Promise<string[]> {
  const users = await db.user.findMany({ where: { email: { in: [...emails] }, passwordHash: { not: null } }, select: { email: true, passwordHash: true }, orderBy: { email: "asc" } });
  const found: string[] = [];
  for (const user of users) {
    if (await verifyPassword(password, user.passwordHash!)) found.push(user.email);
  }
  return found;
}
