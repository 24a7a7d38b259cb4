// Writes generated history (generate-history.ts) in chunks of one statement per table
// (jsonb_to_recordset), never through the intake or routing services: no jobs, no webhooks, no
// rotation pointers, no account owners. History leads are closed (or nurture / disqualified /
// fallback without an owner), so the open-load trigger counts nothing; the daily-load trigger
// counts their ROUTED assignments on past days, which is taken back in the same transaction, so
// RepLoad and RepDailyLoad stay exactly as live work left them. A lead's updatedAt is the
// transaction's now() (when it entered the database: what incremental readers should see), so its
// assignments and outcomes written in the same transaction do not touch (re-write) the wide row.
// An SLA reassignment is written as live routing writes one (follow-ups.ts → save-decision.ts):
// the lapsed assignment no longer current, ended at the deadline, unaccepted; the new one
// SLA_REASSIGNED with its note and decision record; the lead's owner and routedAt the last
// assignment's; "sla_reminded" and "reassigned" lead events. Speed-to-lead counts them as live ones.
// Fit feedback is written as giveFeedback (services/outcomes/lead-feedback.ts) writes it: a
// LeadFeedback row by the owner's user, with the owner and path, and a "fit_feedback" lead event.
// Nurture journeys are written as the nurture services write them (enrollment.ts, run-nurture-step.ts,
// engagement.ts, suppression.ts), finished: the enrolment EXITED with its reason, DONE due rows,
// SENT sends (with their clicks; no outbox email, so the mail worker has nothing to send), the
// suppression of an unsubscribe, and the "nurture_*" lead events.
// Lifecycle steps are written as live records them (work-events.ts): LeadOutcome rows with their
// source and actor (the rep's steps INBOX by the owner's user, ACCEPTED SYSTEM for whoever accepted)
// and the owner then; nurture and disqualified leads have their "routed" entry with its decision.
// Meetings are written as book-slot.ts writes them (booking-history.ts): a CONFIRMED Booking with the
// owner, the MEETING_BOOKED outcome with source BOOKING, the "booked" event (and "accepted" when
// the booking accepted the lead); no confirmation job or calendar write. A history lead's bookings
// go with it (the Booking rows cascade from the lead).
// Database triggers keep the analytics rollups (LeadScoreFired, FormStepDaily, FormVisit) in the
// same statements, set-based.
import type { Db, DbTx } from "../../../server/db/client";
import type { THistoryLead, THistoryVisit } from "./generate-history";
import { leadRoutingValue } from "../../../server/domain/money/routing-value";
import { loadExchangeRates } from "../../../server/services/currencies/load-exchange-rates";

/** History leads' currency: the Lead column's default (the demo form scores in USD). */
const HISTORY_CURRENCY = "USD";

const CHUNK = 2000;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Takes back (sign -1) or gives back (sign +1) the daily counts of the given assignments. */
async function adjustDailyLoad(tx: DbTx, assignmentIds: string[], sign: 1 | -1): Promise<void> {
  if (assignmentIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "RepDailyLoad" d SET "newLeads" = d."newLeads" + ${sign}::int * x.n
      FROM (SELECT a."repId", ((a."assignedAt" AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(r."timeZone", 'UTC'))::date AS day, count(*)::int AS n
              FROM "LeadAssignment" a JOIN "RepProfile" r ON r."id" = a."repId"
             WHERE a."id" = ANY(${assignmentIds}::text[]) AND a."kind"::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED')
             GROUP BY 1, 2) x
     WHERE d."repId" = x."repId" AND d."day" = x.day`;
  await tx.$executeRaw`DELETE FROM "RepDailyLoad" WHERE "newLeads" <= 0 AND "repId" IN (SELECT "repId" FROM "LeadAssignment" WHERE "id" = ANY(${assignmentIds}::text[]))`;
}

type TFeedbackRow = { id: string; leadId: string; repId: string; verdict: string; note: string | null; pathId: string | null; at: string | null };

/** The reps' fit feedback and its "fit_feedback" events, by each rep's user (the one who gave it). */
async function insertFeedback(tx: DbTx, workspaceId: string, feedback: TFeedbackRow[]): Promise<void> {
  const json = JSON.stringify(feedback);
  await tx.$executeRaw`
    INSERT INTO "LeadFeedback" ("id", "workspaceId", "leadId", "userId", "verdict", "note", "repId", "pathId", "createdAt")
    SELECT f."id", ${workspaceId}, f."leadId", r."userId", f."verdict"::"FitVerdict", f."note", f."repId", f."pathId", f."at"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${json}::jsonb) AS f("id" text, "leadId" text, "repId" text, "verdict" text, "note" text, "pathId" text, "at" text)
      JOIN "RepProfile" r ON r."id" = f."repId"`;
  await tx.$executeRaw`
    INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
    SELECT f."id" || 'e', f."leadId", ${workspaceId}, 'fit_feedback', jsonb_build_object('verdict', f."verdict", 'note', f."note", 'byUserId', r."userId", 'pathId', f."pathId"), f."at"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${json}::jsonb) AS f("id" text, "leadId" text, "repId" text, "verdict" text, "note" text, "pathId" text, "at" text)
      JOIN "RepProfile" r ON r."id" = f."repId"`;
}

/** The nurture journeys of a chunk of leads (nurture-history.ts): enrolments, due rows, sends, suppressions; their events go with the lead events. */
async function insertNurture(tx: DbTx, workspaceId: string, nurture: { sequenceId: string; versionId: string } | null | undefined, leads: THistoryLead[]): Promise<void> {
  const journeys = leads.flatMap((l) => (l.nurture?.enrollment ? [{ leadId: l.id, ...l.nurture }] : []));
  if (!nurture || journeys.length === 0) return;
  const enrolments = journeys.map((j) => ({ id: j.enrollment!.id, leadId: j.leadId, reason: j.enrollment!.exitReason, intent: j.enrollment!.intentPoints, at: iso(j.enrollment!.enrolledAt), exitedAt: iso(j.enrollment!.exitedAt) }));
  const dues = journeys.flatMap((j) => j.dues.map((d) => ({ id: d.id, enrollmentId: j.enrollment!.id, step: d.stepIndex, at: iso(d.dueAt) })));
  const sends = journeys.flatMap((j) => j.sends.map((s) => ({ id: s.id, enrollmentId: j.enrollment!.id, step: s.stepIndex, at: iso(s.createdAt), clickedAt: iso(s.clickedAt) })));
  const suppressions = journeys.flatMap((j) => (j.suppression ? [{ email: j.suppression.email, at: iso(j.suppression.createdAt) }] : []));
  await tx.$executeRaw`
    INSERT INTO "NurtureEnrollment" ("id", "workspaceId", "leadId", "sequenceId", "versionId", "status", "exitReason", "intentPoints", "enrolledAt", "exitedAt")
    SELECT e."id", ${workspaceId}, e."leadId", ${nurture.sequenceId}, ${nurture.versionId}, 'EXITED', e."reason", e."intent", e."at"::timestamptz AT TIME ZONE 'UTC', e."exitedAt"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(enrolments)}::jsonb) AS e("id" text, "leadId" text, "reason" text, "intent" int, "at" text, "exitedAt" text)`;
  // Claimed by the sweep when due, DONE once sent: nothing left for the sweep.
  await tx.$executeRaw`
    INSERT INTO "NurtureStepDue" ("id", "workspaceId", "enrollmentId", "stepIndex", "dueAt", "status", "claimedAt")
    SELECT d."id", ${workspaceId}, d."enrollmentId", d."step", d."at"::timestamptz AT TIME ZONE 'UTC', 'DONE', d."at"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(dues)}::jsonb) AS d("id" text, "enrollmentId" text, "step" int, "at" text)`;
  await tx.$executeRaw`
    INSERT INTO "NurtureSend" ("id", "workspaceId", "enrollmentId", "sequenceId", "stepIndex", "status", "clickedAt", "createdAt")
    SELECT s."id", ${workspaceId}, s."enrollmentId", ${nurture.sequenceId}, s."step", 'SENT', s."clickedAt"::timestamptz AT TIME ZONE 'UTC', s."at"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(sends)}::jsonb) AS s("id" text, "enrollmentId" text, "step" int, "at" text, "clickedAt" text)`;
  if (suppressions.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "NurtureSuppression" ("workspaceId", "email", "reason", "createdAt")
      SELECT ${workspaceId}, s."email", 'unsubscribed', s."at"::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(suppressions)}::jsonb) AS s("email" text, "at" text)
      ON CONFLICT DO NOTHING`;
  }
}

type TBookingRow = { id: string; leadId: string; repId: string; meetingTypeId: string | null; startsAt: string | null; endsAt: string | null; timeZone: string; title: string; location: string; bookedBy: string; at: string | null };

/** The meetings booked (booking-history.ts) as book-slot.ts writes them: CONFIRMED, sequence 0, not a fallback, created (and last changed) at the booking's moment. */
async function insertBookings(tx: DbTx, workspaceId: string, bookings: TBookingRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Booking" ("id", "workspaceId", "leadId", "repId", "meetingTypeId", "startsAt", "endsAt", "status", "timeZone", "title", "location", "sequence", "isFallback", "bookedBy", "createdAt", "updatedAt")
    SELECT b."id", ${workspaceId}, b."leadId", b."repId", b."meetingTypeId", b."startsAt"::timestamptz AT TIME ZONE 'UTC', b."endsAt"::timestamptz AT TIME ZONE 'UTC', 'CONFIRMED', b."timeZone", b."title", b."location", 0, false, b."bookedBy",
           b."at"::timestamptz AT TIME ZONE 'UTC', b."at"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(bookings)}::jsonb)
        AS b("id" text, "leadId" text, "repId" text, "meetingTypeId" text, "startsAt" text, "endsAt" text, "timeZone" text, "title" text, "location" text, "bookedBy" text, "at" text)`;
}

/** Removes earlier history of the workspace (ids starting with "hist"), giving back nothing twice. */
export async function deleteHistory(db: Db, workspaceId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const ids = await tx.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "LeadAssignment" a WHERE a."workspaceId" = ${workspaceId} AND a."leadId" LIKE 'hist%'`;
    // The delete trigger takes each assignment's count off its day: give it back first.
    await adjustDailyLoad(tx, ids.map((r) => r.id), 1);
    await tx.$executeRaw`DELETE FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "id" LIKE 'hist%'`;
    await tx.$executeRaw`DELETE FROM "Person" WHERE "workspaceId" = ${workspaceId} AND "email" LIKE '%-history.example'`;
    await tx.$executeRaw`DELETE FROM "NurtureSuppression" WHERE "workspaceId" = ${workspaceId} AND "email" LIKE '%-history.example'`;
    await tx.$executeRaw`DELETE FROM "FormStepEvent" WHERE "workspaceId" = ${workspaceId} AND "visitId" LIKE 'hv%'`;
  });
}

export async function insertHistory(db: Db, target: { workspaceId: string; formId: string; formVersionId: string; formVersion: number; nurture?: { sequenceId: string; versionId: string } | null }, leads: THistoryLead[], visits: THistoryVisit[]): Promise<void> {
  const { workspaceId } = target;
  // Each lead's routing value through the intake's one conversion, with the workspace's routing
  // currency and rates as they are now (history leads are in the demo form's currency, USD).
  const rates = await loadExchangeRates(db, workspaceId, HISTORY_CURRENCY);
  for (let i = 0; i < leads.length; i += CHUNK) {
    const chunk = leads.slice(i, i + CHUNK);
    const persons = chunk.map((l) => ({ id: `${l.id}p`, email: l.email, domain: l.email.split("@")[1], name: l.name, company: l.company, at: iso(l.submittedAt) }));
    const rows = chunk.map((l) => ({
      id: l.id,
      personId: `${l.id}p`,
      name: l.name,
      company: l.company,
      answers: l.answers,
      scoreTotal: l.scoreTotal,
      scores: l.scores,
      breakdown: l.breakdown,
      tier: l.tier,
      value: l.estimatedValue,
      routingValue: leadRoutingValue(l.estimatedValue, HISTORY_CURRENCY, rates),
      source: l.source,
      utm: l.utm,
      status: l.status,
      stage: l.stage,
      owner: l.ownerRepId,
      pathId: l.routingPathId,
      routing: l.routingOutcome,
      submittedAt: iso(l.submittedAt),
      routedAt: iso(l.assignments.at(-1)?.assignedAt ?? l.submittedAt),
      acceptedAt: iso(l.acceptedAt),
      contactAt: iso(l.firstContactAt),
      opp: l.opportunityAmount,
      won: l.wonAmount,
      closedAt: iso(l.closedAt),
      reason: l.closeReason,
      changedAt: iso(l.closedAt ?? l.submittedAt),
    }));
    const assignments = chunk.flatMap((l) =>
      l.assignments.map((a, i) => ({ id: a.id, leadId: l.id, repId: a.repId, kind: a.kind, isCurrent: i === l.assignments.length - 1, decision: a.decision, note: a.note, at: iso(a.assignedAt), slaAt: iso(a.slaStartsAt), acceptedAt: iso(a.acceptedAt), endedAt: iso(a.endedAt) })),
    );
    const events = chunk.flatMap((l) => [...l.events, ...(l.nurture?.events ?? [])].map((e) => ({ id: e.id, leadId: l.id, type: e.type, data: e.data, at: iso(e.occurredAt) })));
    const feedback = chunk.flatMap((l) => (l.feedback ? [{ id: l.feedback.id, leadId: l.id, repId: l.feedback.repId, verdict: l.feedback.verdict, note: l.feedback.note, pathId: l.feedback.pathId, at: iso(l.feedback.createdAt) }] : []));
    const outcomes = chunk.flatMap((l) => l.outcomes.map((o) => ({ id: o.id, leadId: l.id, stage: o.stage, at: iso(o.occurredAt), amount: o.amount, reason: o.reason, repId: l.ownerRepId, source: o.source ?? "SYSTEM", actorUserId: o.actorUserId ?? null })));
    const bookings = chunk.flatMap((l) => (l.booking ? [{ ...l.booking, leadId: l.id, startsAt: iso(l.booking.startsAt), endsAt: iso(l.booking.endsAt), at: iso(l.booking.createdAt) }] : []));
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`
          INSERT INTO "Person" ("id", "workspaceId", "email", "emailDomain", "name", "company", "createdAt", "updatedAt")
          SELECT p."id", ${workspaceId}, p."email", p."domain", p."name", p."company", p."at"::timestamptz AT TIME ZONE 'UTC', p."at"::timestamptz AT TIME ZONE 'UTC'
            FROM jsonb_to_recordset(${JSON.stringify(persons)}::jsonb) AS p("id" text, "email" text, "domain" text, "name" text, "company" text, "at" text)`;
        // routingValue: what routing and the reps' pipeline counters compare (converted above).
        await tx.$executeRaw`
          INSERT INTO "Lead" ("id", "workspaceId", "formId", "formVersionId", "personId", "contactName", "contactCompany", "answers", "scoreTotal", "scores", "breakdown", "tier",
                              "estimatedValue", "routingValue", "outcome", "utm", "source", "status", "stage", "stageChangedAt", "ownerRepId", "routingPathId", "routingOutcome", "routedAt", "submittedAt",
                              "acceptedAt", "firstContactAt", "opportunityAmount", "wonAmount", "closedAt", "closeReason", "updatedAt")
          SELECT r."id", ${workspaceId}, ${target.formId}, ${target.formVersionId}, r."personId", r."name", r."company", r."answers", r."scoreTotal", r."scores", r."breakdown", r."tier",
                 r."value", r."routingValue", '{"type":"message","outcomeId":"history"}'::jsonb, r."utm", r."source", r."status"::"LeadStatus", r."stage"::"LeadStage", r."changedAt"::timestamptz AT TIME ZONE 'UTC',
                 r."owner", r."pathId", r."routing", r."routedAt"::timestamptz AT TIME ZONE 'UTC', r."submittedAt"::timestamptz AT TIME ZONE 'UTC',
                 r."acceptedAt"::timestamptz AT TIME ZONE 'UTC', r."contactAt"::timestamptz AT TIME ZONE 'UTC', r."opp", r."won", r."closedAt"::timestamptz AT TIME ZONE 'UTC', r."reason",
                 now()
            FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "personId" text, "name" text, "company" text, "answers" jsonb, "scoreTotal" int, "scores" jsonb, "breakdown" jsonb,
                 "tier" text, "value" numeric, "routingValue" numeric, "utm" jsonb, "source" text, "status" text, "stage" text, "changedAt" text, "owner" text, "pathId" text, "routing" text, "routedAt" text,
                 "submittedAt" text, "acceptedAt" text, "contactAt" text, "opp" numeric, "won" numeric, "closedAt" text, "reason" text)`;
        await tx.$executeRaw`
          INSERT INTO "LeadAssignment" ("id", "workspaceId", "leadId", "repId", "kind", "isCurrent", "isProvisional", "decision", "configVersion", "durationMs", "note", "assignedAt", "slaStartsAt", "acceptedAt", "endedAt", "followUpsAt")
          SELECT a."id", ${workspaceId}, a."leadId", a."repId", a."kind"::"AssignmentKind", a."isCurrent", false, a."decision", 1, 0.2, a."note", a."at"::timestamptz AT TIME ZONE 'UTC', a."slaAt"::timestamptz AT TIME ZONE 'UTC',
                 a."acceptedAt"::timestamptz AT TIME ZONE 'UTC', a."endedAt"::timestamptz AT TIME ZONE 'UTC', a."at"::timestamptz AT TIME ZONE 'UTC'
            FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb)
              AS a("id" text, "leadId" text, "repId" text, "kind" text, "isCurrent" boolean, "decision" jsonb, "note" text, "at" text, "slaAt" text, "acceptedAt" text, "endedAt" text)`;
        await adjustDailyLoad(tx, assignments.map((a) => a.id), -1);
        await tx.$executeRaw`
          INSERT INTO "LeadOutcome" ("id", "workspaceId", "leadId", "stage", "occurredAt", "recordedAt", "amount", "reason", "source", "actorUserId", "repId")
          SELECT o."id", ${workspaceId}, o."leadId", o."stage"::"LeadStage", o."at"::timestamptz AT TIME ZONE 'UTC', o."at"::timestamptz AT TIME ZONE 'UTC', o."amount", o."reason", o."source"::"OutcomeSource", o."actorUserId", o."repId"
            FROM jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb) AS o("id" text, "leadId" text, "stage" text, "at" text, "amount" numeric, "reason" text, "repId" text, "source" text, "actorUserId" text)`;
        if (bookings.length > 0) await insertBookings(tx, workspaceId, bookings);
        if (events.length > 0) {
          await tx.$executeRaw`
            INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
            SELECT e."id", e."leadId", ${workspaceId}, e."type", e."data", e."at"::timestamptz AT TIME ZONE 'UTC'
              FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e("id" text, "leadId" text, "type" text, "data" jsonb, "at" text)`;
        }
        if (feedback.length > 0) await insertFeedback(tx, workspaceId, feedback);
        await insertNurture(tx, workspaceId, target.nurture, chunk);
      },
      { timeout: 120_000 },
    );
  }
  const events = visits.flatMap((v) => v.events.map((e, i) => ({ id: `${v.visitId}e${i}`, visitId: v.visitId, type: e.type, step: e.step, at: iso(e.occurredAt) })));
  for (let i = 0; i < events.length; i += CHUNK * 4) {
    const chunk = events.slice(i, i + CHUNK * 4);
    await db.$executeRaw`
      INSERT INTO "FormStepEvent" ("id", "workspaceId", "formId", "formVersion", "visitId", "type", "step", "occurredAt")
      SELECT e."id", ${workspaceId}, ${target.formId}, ${target.formVersion}, e."visitId", e."type", e."step", e."at"::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS e("id" text, "visitId" text, "type" text, "step" int, "at" text)`;
  }
}
