// Builds the tRPC context of one HTTP request: the database, the signed-in user, the caller's
// address. Never the request's Host: links in emails are built on APP_URL.
import { getSessionUser } from "../auth/session";
import { clientIp } from "./rest/client-ip";
import { getDb } from "../db/client";
import type { TContext } from "./trpc";

export async function createContext(opts: { headers: Headers }): Promise<TContext> {
  const db = await getDb();
  const user = await getSessionUser();
  return { db, user, clientIp: clientIp(opts.headers) };
}
