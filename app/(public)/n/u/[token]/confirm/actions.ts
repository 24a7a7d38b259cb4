"use server";
// The unsubscribe page's button: the same idempotent unsubscribe as the one-click POST (a second
// press changes nothing), then the page again, which now says so.
import { redirect } from "next/navigation";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { unsubscribeByToken } from "@/server/services/nurture/suppression";
import { now } from "@/server/time/clock";

export async function unsubscribeFromPage(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "").slice(0, 300);
  const result = await unsubscribeByToken(await getDb(), { token, secret: env().AUTH_SECRET ?? "", now: now() });
  redirect(`/n/u/${encodeURIComponent(token)}/confirm${result.ok ? "?done=1" : ""}`);
}
