// The app process's routing follow-up dependencies: its job queue, public URL and signing secret.
import { env } from "../../env";
import { getJobQueue } from "../../jobs/app-queue";
import type { TFollowUpDeps } from "./after-assignment";

export async function appFollowUpDeps(): Promise<TFollowUpDeps> {
  const { APP_URL, AUTH_SECRET } = env();
  if (!AUTH_SECRET) throw new Error("AUTH_SECRET is needed to sign accept links (npm run dev writes one to .env.local)");
  return { queue: await getJobQueue(), appUrl: APP_URL.replace(/\/$/, ""), authSecret: AUTH_SECRET };
}
