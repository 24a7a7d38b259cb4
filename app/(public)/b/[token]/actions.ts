"use server";
// The prospect's manage link's POSTs: cancel, or move to another free slot (services/bookings/
// manage-link.ts verifies the signed token again; a move made in a picked zone makes it the
// meeting's). The page then shows the booking's state from the database, in the zone the prospect
// picked there (a `tz` the "Times in" menu offers is kept in the address; any other is dropped) —
// after a move, in the meeting's zone, which that zone now is: the address drops `tz`
// (manage-address.ts). The redirect replaces the confirmation's entry in the history, so Back does
// not ask again about a change already made.
import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import { afterChangeAddress, type TManageChangeResult } from "@/server/domain/booking/manage-address";
import { clientIp } from "@/server/api/rest/client-ip";
import { appRateLimits } from "@/server/services/rate-limit/rate-limits";
import { RateLimitError } from "@/server/services/rate-limit/rate-limit-error";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { changeFromManageLink } from "@/server/services/bookings/manage-link";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now as clockNow } from "@/server/time/clock";
import { listTimeZones } from "@/server/domain/reps/time-zone";
import { askedTimeZone } from "@/server/domain/time/asked-time-zone";
import { offeredTimeZones } from "@/server/domain/time/time-zone-choices";

/** The zone the prospect picked on the page ("Times in"), when the menu offers it; null for the booking's own. */
function pickedZone(form: FormData): string | null {
  return askedTimeZone(form.get("tz"), offeredTimeZones(listTimeZones()));
}

/** The manage page again after `result`, in place of the confirmation (manage-address.ts says which zone it keeps). */
function backTo(token: string, form: FormData, result: TManageChangeResult): never {
  redirect(afterChangeAddress(token, result, pickedZone(form)), RedirectType.replace);
}

/** Public POSTs: each counts against the caller's address (the booking API's write limit); over it, nothing changes. */
async function isWithinLimit(): Promise<boolean> {
  try {
    await appRateLimits().bookingWrite.consume(clientIp(await headers()));
    return true;
  } catch (error) {
    if (error instanceof RateLimitError) return false;
    throw error;
  }
}

export async function cancelFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const result = (await isWithinLimit()) ? await changeFromManageLink(await getDb(), getAppFollowUpDeps, { token, authSecret: env().AUTH_SECRET, now: clockNow(), change: { kind: "cancel" } }) : "invalid";
  backTo(token, form, result);
}

/** A move: in the zone the prospect read the times in (the form's `tz`), which becomes the meeting's. */
export async function rescheduleFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const change = { kind: "move" as const, start: new Date(String(form.get("start") ?? "")), timeZone: pickedZone(form) };
  const result = (await isWithinLimit()) ? await changeFromManageLink(await getDb(), getAppFollowUpDeps, { token, authSecret: env().AUTH_SECRET, now: clockNow(), change }) : "invalid";
  backTo(token, form, result);
}
