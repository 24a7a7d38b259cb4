// Enrolment and exits, written in the caller's transaction (the submission's routing, a booking,
// an acceptance, an unsubscribe …). Enrolment: a decision whose destination is nurture puts the
// lead in the path's sequence (or the workspace default) on its published version, with ONE due
// row for its first email (the sweep sends it; nothing is rendered or sent here). Exits end the
// active enrolment, cancel its pending steps and put the reason on the lead's timeline.
import type { DbTx } from "../../db/client";
import { newId } from "../../db/new-id";
import { nextDueAt } from "../../domain/nurture/due-time";
import { ZSequenceDefinition } from "../../domain/nurture/sequence-definition";
import { nextEmailStep } from "../../domain/nurture/sequence-progress";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import type { TNurtureQueue } from "./nurture-jobs";
import { loadNurtureSettings } from "./nurture-settings";

export const EXIT_REASONS = ["booked", "routed_to_sales", "unsubscribed", "bounced", "complained", "rep_took", "ended", "graduated"] as const;
export type TExitReason = (typeof EXIT_REASONS)[number];

export interface TEnrollInput {
  workspaceId: string;
  leadId: string;
  decision: Pick<TRoutingDecision, "outcome" | "destination">;
  timeZone: string | null;
  now: Date;
}

/** Enrols a nurture-routed lead; returns the enrolment id, or null (not nurture, no published sequence, already enrolled). */
export async function enrollFromDecision(tx: DbTx, input: TEnrollInput): Promise<string | null> {
  const { workspaceId, leadId, now, decision } = input;
  if (decision.outcome !== "nurture") return null;
  const named = decision.destination?.type === "nurture" ? decision.destination.sequenceId : undefined;
  const settings = await loadNurtureSettings(tx, workspaceId);
  const sequenceId = named ?? settings.defaultSequenceId;
  const sequence = sequenceId
    ? await tx.nurtureSequence.findFirst({ where: { id: sequenceId, workspaceId }, select: { id: true, name: true, publishedVersion: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, definition: true } } } })
    : null;
  const version = sequence?.publishedVersion ? sequence.versions.find((v) => v.version === sequence.publishedVersion) : undefined;
  if (!sequence || !version) {
    await tx.leadEvent.create({ data: { leadId, workspaceId, type: "nurture_not_enrolled", data: { reason: sequenceId ? "sequence_not_published" : "no_sequence" }, createdAt: now } });
    return null;
  }
  const active = await tx.nurtureEnrollment.findFirst({ where: { leadId, status: "ACTIVE" }, select: { id: true } });
  if (active) return null;
  const definition = ZSequenceDefinition.parse(version.definition);
  const first = nextEmailStep(definition, -1);
  const id = newId();
  await tx.nurtureEnrollment.create({ data: { id, workspaceId, leadId, sequenceId: sequence.id, versionId: version.id, enrolledAt: now } });
  await tx.leadEvent.create({ data: { leadId, workspaceId, type: "nurture_enrolled", data: { sequenceId: sequence.id, sequenceName: sequence.name, version: version.version, enrollmentId: id }, createdAt: now } });
  if (first) {
    const dueAt = nextDueAt({ from: now, waitsBefore: first.waitsBefore, timeZone: input.timeZone, quiet: { startHour: settings.quietStartHour, endHour: settings.quietEndHour } });
    await tx.nurtureStepDue.create({ data: { workspaceId, enrollmentId: id, stepIndex: first.stepIndex, dueAt } });
  } else await exitEnrollments(tx, { workspaceId, enrollmentIds: [id], reason: "ended", now });
  return id;
}

export interface TExitInput {
  workspaceId: string;
  reason: TExitReason;
  now: Date;
  /** Which active enrolments: of these leads, of these ids, or of every lead of this person email. */
  leadIds?: readonly string[];
  enrollmentIds?: readonly string[];
  email?: string;
  /** Timeline details (the engagement of a graduation, the booking …). */
  detail?: Record<string, unknown>;
}

/** Ends the matching active enrolments (their pending steps cancelled), one timeline event each; returns how many. */
export async function exitEnrollments(tx: DbTx, input: TExitInput): Promise<number> {
  const { workspaceId, now } = input;
  if (!input.leadIds && !input.enrollmentIds && !input.email) return 0;
  const inLeads = (leadId: string) => !input.leadIds || input.leadIds.includes(leadId);
  const inIds = (id: string) => !input.enrollmentIds || input.enrollmentIds.includes(id);
  const enrollments = input.email
    ? (await activeEnrollmentsOfEmail(tx, workspaceId, input.email)).filter((e) => inLeads(e.leadId) && inIds(e.id))
    : await tx.nurtureEnrollment.findMany({
        where: {
          workspaceId,
          status: "ACTIVE",
          ...(input.leadIds ? { leadId: { in: [...input.leadIds] } } : {}),
          ...(input.enrollmentIds ? { id: { in: [...input.enrollmentIds] } } : {}),
        },
        select: { id: true, leadId: true, sequenceId: true },
      });
  if (enrollments.length === 0) return 0;
  const ids = enrollments.map((e) => e.id);
  await tx.nurtureEnrollment.updateMany({ where: { id: { in: ids }, status: "ACTIVE" }, data: { status: "EXITED", exitReason: input.reason, exitedAt: now } });
  await tx.nurtureStepDue.updateMany({ where: { enrollmentId: { in: ids }, status: { in: ["PENDING", "CLAIMED"] } }, data: { status: "CANCELLED" } });
  await tx.leadEvent.createMany({
    data: enrollments.map((e) => ({ id: newId(), leadId: e.leadId, workspaceId, type: "nurture_exited", data: { reason: input.reason, sequenceId: e.sequenceId, enrollmentId: e.id, ...(input.detail ?? {}) }, createdAt: now })),
  });
  return enrollments.length;
}

/**
 * After a routing decision in the submission's transaction: enrol a nurture lead; a lead routed to
 * sales (a new submission of the same person) ends that person's other enrolments.
 */
export async function nurtureAfterDecision(tx: DbTx, input: TEnrollInput & { email: string | null; queue: TNurtureQueue; hasActiveEnrollment?: boolean }): Promise<void> {
  // Read under the routing lock with the live load (loadLiveLoad): false = no lead of this person
  // email has an active enrolment, so there is nothing to find or end (no statement is sent).
  const mayBeEnrolled = input.hasActiveEnrollment ?? true;
  if (input.decision.outcome === "nurture") {
    // The person is already in a sequence with an earlier lead: a return submission (intent), not a second enrolment.
    const earlier = input.email && mayBeEnrolled ? (await activeEnrollmentsOfEmail(tx, input.workspaceId, input.email)).find((e) => e.leadId !== input.leadId) : undefined;
    if (earlier) {
      await tx.leadEvent.create({ data: { leadId: input.leadId, workspaceId: input.workspaceId, type: "nurture_not_enrolled", data: { reason: "already_enrolled", enrollmentId: earlier.id, leadId: earlier.leadId }, createdAt: input.now } });
      await input.queue.send("nurture.engagement", { enrollmentId: earlier.id, workspaceId: input.workspaceId, kind: "return_submission" }, { tx });
      return;
    }
    await enrollFromDecision(tx, input);
    return;
  }
  if ((input.decision.outcome === "assigned" || input.decision.outcome === "fallback") && input.email && mayBeEnrolled) {
    await exitEnrollments(tx, { workspaceId: input.workspaceId, email: input.email, reason: "routed_to_sales", now: input.now, detail: { byLeadId: input.leadId } });
  }
}

/**
 * The active enrolments of every lead of every person with this email, case-insensitively (an
 * email is one person whatever its case), oldest first, in one statement: lower() = lower() on the
 * (workspaceId, lower(email)) index, each person's leads by personId, their enrolments by leadId.
 * A few index reads under the routing lock, not a scan of the workspace's people (an ILIKE cannot
 * use the index, and would read "_" and "%" in an address as wildcards).
 */
async function activeEnrollmentsOfEmail(tx: DbTx, workspaceId: string, email: string): Promise<{ id: string; leadId: string; sequenceId: string }[]> {
  return tx.$queryRaw<{ id: string; leadId: string; sequenceId: string }[]>`
    SELECT e."id", e."leadId", e."sequenceId"
      FROM "Person" p
      JOIN "Lead" l ON l."personId" = p."id" AND l."workspaceId" = ${workspaceId}
      JOIN "NurtureEnrollment" e ON e."leadId" = l."id" AND e."workspaceId" = ${workspaceId} AND e."status" = 'ACTIVE'
     WHERE p."workspaceId" = ${workspaceId} AND lower(p."email") = lower(${email})
     ORDER BY e."enrolledAt", e."id"`;
}
