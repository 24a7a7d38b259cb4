// Shared by the form submission and the API lead creation: repeat detection and the unique-key race.
import type { Db } from "../../db/client";

/** A repeat is the same person's lead within this window. */
export const REPEAT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The person's latest non-spam lead in the last 30 days, if any. */
export async function latestLeadOf(db: Db, workspaceId: string, email: string, now: Date): Promise<string | null> {
  const lead = await db.lead.findFirst({
    where: { workspaceId, isSpam: false, person: { workspaceId, email }, submittedAt: { gte: new Date(now.getTime() - REPEAT_WINDOW_MS), lte: now } },
    orderBy: { submittedAt: "desc" },
    select: { id: true },
  });
  return lead?.id ?? null;
}

/** Prisma's unique-constraint violation (two requests with one idempotency key raced). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
