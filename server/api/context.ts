// Builds the tRPC context of one HTTP request: the database, the signed-in user, the origin.
import { getSessionUser } from "../auth/session";
import { getDb } from "../db/client";
import type { TContext } from "./trpc";

export async function createContext(opts: { headers: Headers }): Promise<TContext> {
  const db = await getDb();
  const user = await getSessionUser();
  const host = opts.headers.get("x-forwarded-host") ?? opts.headers.get("host") ?? "localhost:3000";
  const isLocal = host.startsWith("localhost") || host.startsWith("127.");
  const proto = opts.headers.get("x-forwarded-proto") ?? (isLocal ? "http" : "https");
  return { db, user, origin: `${proto}://${host}` };
}
