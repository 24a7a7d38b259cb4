"use server";
// The accept link's one POST: verify the signed token again, accept, and show the page again
// (its state comes from the database: accepted, or reassigned meanwhile). The service refuses a
// visitor signed in as anyone but the assigned rep (the page's own check is not trusted).
import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { acceptFromLinkToken } from "@/server/services/assignments/accept-assignment";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now as clockNow } from "@/server/time/clock";

export async function acceptFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const user = await getSessionUser().catch(() => null);
  try {
    await acceptFromLinkToken(await getDb(), { token, secret: env().AUTH_SECRET, visitorUserId: user?.id ?? null, now: clockNow(), webhooks: (await getAppFollowUpDeps()).queue });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  redirect(`/accept/${encodeURIComponent(token)}`);
}
