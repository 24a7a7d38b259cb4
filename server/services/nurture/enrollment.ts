// Enrolment and exits, written in the caller's transaction (the submission's routing, a booking,
// an acceptance, an unsubscribe …). Enrolment: a decision whose destination is nurture puts the
// lead in the path's sequence (or the workspace default) on its published version, with ONE due
// row for its first email (the sweep sends it; nothing is rendered or sent here) — only with the
// lead's recorded marketing consent (domain/nurture/marketing-consent.ts; without it the lead stays
// Nurture, "nurture_not_enrolled" reason "no_marketing_consent"). The intake decides that consent
// from the lead it has in memory and passes it (TEnrollInput.consent): nothing of the lead is read
// under the routing lock then. A later enrolment (a reassignment, a routing job, a graduation's
// routing) reads the lead's answers and consent event. Exits end the
// active enrolment, cancel its pending steps and put the reason on the lead's timeline.
import { Prisma } from "../../db/generated/client";
import { newId } from "../../db/new-id";
import { parsedFormVersion } from "../forms/form-version-cache";
import type { TRawSql } from "../../db/raw-sql";
import { nextDueAt } from "../../domain/nurture/due-time";
import { CONSENT_EVENT, marketingConsentOf, type TMarketingConsent } from "../../domain/nurture/marketing-consent";
import { DEFAULT_NURTURE_SETTINGS } from "../../domain/nurture/nurture-settings";
import { ZSequenceDefinition } from "../../domain/nurture/sequence-definition";
import { nextEmailStep } from "../../domain/nurture/sequence-progress";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { insertLeadEvents } from "../leads/insert-lead-events";
import type { TNurtureQueue } from "./nurture-jobs";

export const EXIT_REASONS = ["booked", "routed_to_sales", "unsubscribed", "bounced", "complained", "rep_took", "ended", "graduated"] as const;
export type TExitReason = (typeof EXIT_REASONS)[number];

export interface TEnrollInput {
  workspaceId: string;
  leadId: string;
  decision: Pick<TRoutingDecision, "outcome" | "destination">;
  timeZone: string | null;
  now: Date;
  /** The lead's marketing consent when the caller decided it from the lead in memory (the intake); absent: read from the lead. */
  consent?: TMarketingConsent;
}

interface TEnrollRead {
  sequenceId: string | null;
  quietStartHour: number | null;
  quietEndHour: number | null;
  sequenceName: string | null;
  versionId: string | null;
  version: number | null;
  definition: unknown;
  isEnrolled: boolean;
  /** Only when the consent is read (no TEnrollInput.consent). */
  answers?: unknown;
  formVersionId?: string | null;
  explicitConsent?: boolean | null;
}

/**
 * Enrols a nurture-routed lead; returns the enrolment id, or null (not nurture, no marketing
 * consent, no published sequence, already enrolled). Raw statements (it runs under the routing
 * lock, also on the thin client): one read (the workspace's quiet hours and default sequence, the
 * chosen sequence's published version, the lead's active enrolment; without input.consent also
 * the lead's answers, form version and API consent event, the version's consent questions from
 * the parsed-versions cache), one write (the enrolment, its first due row, the
 * "nurture_enrolled" event with the consent it rests on). With input.consent and no consent: no
 * read, only the "nurture_not_enrolled" event.
 */
export async function enrollFromDecision(tx: TRawSql, input: TEnrollInput): Promise<string | null> {
  const { workspaceId, leadId, now, decision } = input;
  if (decision.outcome !== "nurture") return null;
  if (input.consent && !input.consent.hasConsent) return notConsented(tx, input, input.consent);
  const named = decision.destination?.type === "nurture" ? decision.destination.sequenceId : null;
  // The lead's answers, form version and API consent event: only when the caller did not decide the consent.
  const readsLead = input.consent === undefined;
  const [read] = await tx.$queryRaw<TEnrollRead[]>`
    SELECT c."sequenceId", st."quietStartHour", st."quietEndHour", s."name" AS "sequenceName", v."id" AS "versionId", v."version", v."definition",
           EXISTS (SELECT 1 FROM "NurtureEnrollment" e WHERE e."leadId" = ${leadId} AND e."status" = 'ACTIVE') AS "isEnrolled"${readsLead ? LEAD_CONSENT.columns(leadId) : Prisma.empty}
      FROM (SELECT 1) AS one${readsLead ? LEAD_CONSENT.join(workspaceId, leadId) : Prisma.empty}
      LEFT JOIN "NurtureSettings" st ON st."workspaceId" = ${workspaceId}
      CROSS JOIN LATERAL (SELECT COALESCE(${named}::text, st."defaultSequenceId") AS "sequenceId") c
      LEFT JOIN "NurtureSequence" s ON s."id" = c."sequenceId" AND s."workspaceId" = ${workspaceId}
      LEFT JOIN "NurtureSequenceVersion" v ON v."sequenceId" = s."id" AND v."version" = s."publishedVersion"`;
  const consent = input.consent ?? (await storedConsentOf(tx, read));
  if (!consent.hasConsent) return notConsented(tx, input, consent);
  if (!read?.versionId || read.version === null || read.sequenceName === null) {
    await insertLeadEvents(tx, workspaceId, [{ leadId, type: "nurture_not_enrolled", data: { reason: read?.sequenceId ? "sequence_not_published" : "no_sequence" }, createdAt: now }]);
    return null;
  }
  if (read.isEnrolled) return null;
  const sequenceId = read.sequenceId!;
  const definition = ZSequenceDefinition.parse(read.definition);
  const first = nextEmailStep(definition, -1);
  const id = newId();
  const quiet = { startHour: read.quietStartHour ?? DEFAULT_NURTURE_SETTINGS.quietStartHour, endHour: read.quietEndHour ?? DEFAULT_NURTURE_SETTINGS.quietEndHour };
  const due = first ? { id: newId(), stepIndex: first.stepIndex, dueAt: nextDueAt({ from: now, waitsBefore: first.waitsBefore, timeZone: input.timeZone, quiet }) } : null;
  const event = JSON.stringify({ sequenceId, sequenceName: read.sequenceName, version: read.version, enrollmentId: id, consent: { via: consent.via, ...(consent.via === "form_question" ? { fieldKey: consent.fieldKey } : {}) } });
  await tx.$executeRaw`
    WITH enrolment AS (
      INSERT INTO "NurtureEnrollment" ("id", "workspaceId", "leadId", "sequenceId", "versionId", "enrolledAt")
      VALUES (${id}, ${workspaceId}, ${leadId}, ${sequenceId}, ${read.versionId}, ${now})
      RETURNING "id"),
    due AS (
      INSERT INTO "NurtureStepDue" ("id", "workspaceId", "enrollmentId", "stepIndex", "dueAt")
      SELECT ${due?.id ?? null}::text, ${workspaceId}, enrolment."id", ${due?.stepIndex ?? null}::int, ${due?.dueAt ?? null}::timestamp
        FROM enrolment WHERE ${due !== null}::boolean
      RETURNING 1)
    INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
    SELECT ${newId()}, ${leadId}, ${workspaceId}, 'nurture_enrolled', ${event}::jsonb, ${now}::timestamp FROM enrolment`;
  if (!due) await exitEnrollments(tx, { workspaceId, enrollmentIds: [id], reason: "ended", now });
  return id;
}

/** The enrolment read's lead part: its answers, form version and latest API consent event. */
const LEAD_CONSENT = {
  columns: (leadId: string) => Prisma.sql`,
           l."answers", l."formVersionId",
           (SELECT (ev."data"->>'marketing')::boolean FROM "LeadEvent" ev
             WHERE ev."leadId" = ${leadId} AND ev."type" = ${CONSENT_EVENT} ORDER BY ev."createdAt" DESC, ev."id" DESC LIMIT 1) AS "explicitConsent"`,
  join: (workspaceId: string, leadId: string) => Prisma.sql`
      LEFT JOIN "Lead" l ON l."id" = ${leadId} AND l."workspaceId" = ${workspaceId}`,
};

/** The consent of a lead as stored (the read's lead columns); the form's consent questions from the per-process cache of parsed versions. */
async function storedConsentOf(tx: TRawSql, read: TEnrollRead | undefined): Promise<TMarketingConsent> {
  const form = read?.formVersionId ? await parsedFormVersion(tx, read.formVersionId) : null;
  return marketingConsentOf({ definition: form?.definition ?? null, answers: read?.answers ?? null, explicit: read?.explicitConsent ?? null });
}

async function notConsented(tx: TRawSql, input: TEnrollInput, consent: TMarketingConsent): Promise<null> {
  await insertLeadEvents(tx, input.workspaceId, [{ leadId: input.leadId, type: "nurture_not_enrolled", data: { reason: "no_marketing_consent", consentVia: consent.via }, createdAt: input.now }]);
  return null;
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

/** Ends the matching active enrolments (their pending steps cancelled), one timeline event each; returns how many. Two raw statements: find, then end them. */
export async function exitEnrollments(tx: TRawSql, input: TExitInput): Promise<number> {
  const { workspaceId, now } = input;
  if (!input.leadIds && !input.enrollmentIds && !input.email) return 0;
  const inLeads = (leadId: string) => !input.leadIds || input.leadIds.includes(leadId);
  const inIds = (id: string) => !input.enrollmentIds || input.enrollmentIds.includes(id);
  const leadIds = input.leadIds ? [...input.leadIds] : null;
  const enrollmentIds = input.enrollmentIds ? [...input.enrollmentIds] : null;
  const enrollments = input.email
    ? (await activeEnrollmentsOfEmail(tx, workspaceId, input.email)).filter((e) => inLeads(e.leadId) && inIds(e.id))
    : await tx.$queryRaw<TActiveEnrollment[]>`
        SELECT "id", "leadId", "sequenceId" FROM "NurtureEnrollment"
         WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE'
           AND (${leadIds}::text[] IS NULL OR "leadId" = ANY(${leadIds}::text[]))
           AND (${enrollmentIds}::text[] IS NULL OR "id" = ANY(${enrollmentIds}::text[]))
         ORDER BY "enrolledAt", "id"`;
  if (enrollments.length === 0) return 0;
  const ids = enrollments.map((e) => e.id);
  const events = JSON.stringify(enrollments.map((e) => ({ id: newId(), leadId: e.leadId, data: { reason: input.reason, sequenceId: e.sequenceId, enrollmentId: e.id, ...(input.detail ?? {}) } })));
  await tx.$executeRaw`
    WITH ended AS (
      UPDATE "NurtureEnrollment" SET "status" = 'EXITED', "exitReason" = ${input.reason}, "exitedAt" = ${now}
       WHERE "id" = ANY(${ids}::text[]) AND "status" = 'ACTIVE'
      RETURNING 1),
    cancelled AS (
      UPDATE "NurtureStepDue" SET "status" = 'CANCELLED'
       WHERE "enrollmentId" = ANY(${ids}::text[]) AND "status" IN ('PENDING', 'CLAIMED')
      RETURNING 1)
    INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
    SELECT e."id", e."leadId", ${workspaceId}, 'nurture_exited', e."data", ${now}::timestamp
      FROM jsonb_to_recordset(${events}::jsonb) AS e("id" text, "leadId" text, "data" jsonb)`;
  return enrollments.length;
}

/**
 * After a routing decision in the submission's transaction: enrol a nurture lead; a lead routed to
 * sales (a new submission of the same person) ends that person's other enrolments.
 */
export async function nurtureAfterDecision(tx: TRawSql, input: TEnrollInput & { email: string | null; queue: TNurtureQueue; hasActiveEnrollment?: boolean }): Promise<void> {
  // Read under the routing lock with the live load (loadLiveLoad): false = no lead of this person
  // email has an active enrolment, so there is nothing to find or end (no statement is sent).
  const mayBeEnrolled = input.hasActiveEnrollment ?? true;
  if (input.decision.outcome === "nurture") {
    // The person is already in a sequence with an earlier lead: a return submission (intent), not a second enrolment.
    const earlier = input.email && mayBeEnrolled ? (await activeEnrollmentsOfEmail(tx, input.workspaceId, input.email)).find((e) => e.leadId !== input.leadId) : undefined;
    if (earlier) {
      await insertLeadEvents(tx, input.workspaceId, [{ leadId: input.leadId, type: "nurture_not_enrolled", data: { reason: "already_enrolled", enrollmentId: earlier.id, leadId: earlier.leadId }, createdAt: input.now }]);
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

interface TActiveEnrollment {
  id: string;
  leadId: string;
  sequenceId: string;
}

/**
 * The active enrolments of every lead of every person with this email, case-insensitively (an
 * email is one person whatever its case), oldest first, in one statement: lower() = lower() on the
 * (workspaceId, lower(email)) index, each person's leads by personId, their enrolments by leadId.
 * A few index reads under the routing lock, not a scan of the workspace's people (an ILIKE cannot
 * use the index, and would read "_" and "%" in an address as wildcards).
 */
async function activeEnrollmentsOfEmail(tx: Pick<TRawSql, "$queryRaw">, workspaceId: string, email: string): Promise<TActiveEnrollment[]> {
  return tx.$queryRaw<TActiveEnrollment[]>`
    SELECT e."id", e."leadId", e."sequenceId"
      FROM "Person" p
      JOIN "Lead" l ON l."personId" = p."id" AND l."workspaceId" = ${workspaceId}
      JOIN "NurtureEnrollment" e ON e."leadId" = l."id" AND e."workspaceId" = ${workspaceId} AND e."status" = 'ACTIVE'
     WHERE p."workspaceId" = ${workspaceId} AND lower(p."email") = lower(${email})
     ORDER BY e."enrolledAt", e."id"`;
}
