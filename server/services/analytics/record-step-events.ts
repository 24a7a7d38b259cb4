// Stores a batch of anonymous form step beacons (POST /api/v1/forms/{slug}/events): no answers,
// no personal data, no address (the address only keys the rate limit, hashed). Bots are counted
// out by their user agent (isbot, a kept pattern list); a request without a user agent is treated
// as a bot (every browser sends one). Unknown or unpublished forms are 404. Event times are the
// server's receipt time less each event's age within its batch: the visitor's clock only orders
// and spaces the events of one visit.
import { isbot } from "isbot";
import type { Db } from "../../db/client";
import { newId } from "../../db/new-id";
import { ZFormStepEvents } from "../../domain/analytics/form-steps";
import { AppError } from "../../errors";
import { appRateLimits, type TLimiter } from "../rate-limit/rate-limits";
import { parseInput } from "../reps/parse-input";

export { MAX_STEP_EVENTS_BYTES } from "../../domain/analytics/form-steps";

export interface TRecordStepEventsInput {
  slug: string;
  body: unknown;
  userAgent: string | null;
  ip: string;
  now: Date;
  rateLimit?: TLimiter;
}

export type TRecordStepEventsResult = { stored: number; ignored: null | "bot" };

export function isBotUserAgent(userAgent: string | null): boolean {
  return !userAgent || userAgent.trim() === "" || isbot(userAgent);
}

export async function recordFormStepEvents(db: Db, input: TRecordStepEventsInput): Promise<TRecordStepEventsResult> {
  const batch = parseInput(ZFormStepEvents, input.body);
  const form = await db.form.findUnique({ where: { slug: input.slug }, select: { id: true, workspaceId: true, status: true } });
  if (!form || form.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "No published form at this address");
  await (input.rateLimit ?? appRateLimits().formEvents).consume(form.id, input.ip);
  if (isBotUserAgent(input.userAgent)) return { stored: 0, ignored: "bot" };
  const latest = Math.max(...batch.events.map((e) => e.at));
  const received = input.now.getTime();
  // A repeated event of the visit (same type and step) is dropped, not counted twice; the rollups
  // the forms view reads are kept by database triggers in this same statement.
  const { count } = await db.formStepEvent.createMany({
    skipDuplicates: true,
    data: batch.events.map((event) => ({
      id: newId(),
      workspaceId: form.workspaceId,
      formId: form.id,
      formVersion: batch.formVersion,
      visitId: batch.visitId,
      type: event.type,
      step: event.step,
      occurredAt: new Date(received - Math.min(latest - event.at, 24 * 3600_000)),
    })),
  });
  return { stored: count, ignored: null };
}
