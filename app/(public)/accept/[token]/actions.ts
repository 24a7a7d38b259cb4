"use server";
// The accept link's one POST: verify the signed token again, accept, and show the page again
// (its state comes from the database: accepted, or reassigned meanwhile).
import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { acceptAssignment } from "@/server/services/assignments/accept-assignment";
import { verifyAcceptToken } from "@/server/services/assignments/accept-token";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now as clockNow } from "@/server/time/clock";

export async function acceptFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const secret = env().AUTH_SECRET;
  const now = clockNow();
  const check = secret ? verifyAcceptToken(token, secret, now) : null;
  if (check?.ok) {
    const user = await getSessionUser().catch(() => null);
    try {
      await acceptAssignment(await getDb(), { assignmentId: check.assignmentId, byUserId: user?.id ?? null, now, webhooks: (await getAppFollowUpDeps()).queue });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  redirect(`/accept/${encodeURIComponent(token)}`);
}
