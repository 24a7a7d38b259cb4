// The app process's routing follow-up dependencies: its job queue, public URL and signing secret.
import { env } from "../env";
import type { TFollowUpDeps, TFollowUpQueue } from "../services/routing/after-assignment";

export function appFollowUpDeps(queue: TFollowUpQueue): TFollowUpDeps {
  const { APP_URL, AUTH_SECRET } = env();
  if (!AUTH_SECRET) throw new Error("AUTH_SECRET is needed to sign accept links (npm run dev writes one to .env.local)");
  return { queue, appUrl: APP_URL.replace(/\/$/, ""), authSecret: AUTH_SECRET };
}
