// Resend's signed webhooks (RESEND_WEBHOOK_SECRET): bounces and complaints suppress the address.
import { receiveResendWebhook } from "@/server/api/rest/handle-nurture-links";
import { withDatabase } from "@/server/api/rest/with-database";
import { env } from "@/server/env";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return withDatabase("POST /api/webhooks/resend", (db) => receiveResendWebhook(db, request, env().RESEND_WEBHOOK_SECRET, now()));
}
