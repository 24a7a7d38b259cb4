// The Credentials provider's check: email + password → the user, or null for any mismatch. One
// bcrypt compare runs for every attempt, known account or not (verifyPasswordOrDummy), so the
// answer and its cost are the same for unknown emails. Rate limits are applied before Auth.js
// runs (server/auth/sign-in-limits.ts).
import { z } from "zod";
import type { Db } from "../db/client";
import { verifyPasswordOrDummy } from "./passwords";

const ZCredentials = z.object({ email: z.email().transform((e) => e.toLowerCase()), password: z.string().min(1).max(200) });

export interface TAuthorizedUser {
  id: string;
  email: string;
  name: string | null;
}

export async function authorizePassword(db: Db, raw: unknown): Promise<TAuthorizedUser | null> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const matches = await verifyPasswordOrDummy(parsed.data.password, user?.passwordHash);
  if (!user || !matches) return null;
  return { id: user.id, email: user.email, name: user.name };
}
