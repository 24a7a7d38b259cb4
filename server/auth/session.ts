// The signed-in user of the current request (server components, route handlers, tRPC).
import { auth } from "./config";

export interface TSessionUser {
  id: string;
  email: string;
  name: string | null;
}

export async function getSessionUser(): Promise<TSessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
}
