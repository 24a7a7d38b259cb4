// The one intake pipeline's save step, used by every way a lead enters (submitForm: hosted form,
// embed, public submissions API; createLead: `POST /api/v1/leads`, imports). The callers load and
// build the lead (domain/leads/build-lead.ts); this writes it:
//   load:  the person's latest lead (repeat detection);
//   save:  person, lead, its events and — in the same transaction — its routing (routeLeadInTx
//          writes the assignment and job rows; nothing slow runs here). Should routing itself
//          fail, the lead is stored anyway and a durable job routes it (with retries): a lead is
//          never lost.
// Idempotency: a key belongs to a scope (one form's public endpoint, or one API key). The
// (workspaceId, idempotencyScope, idempotencyKey) unique index settles concurrent retries: the
// loser's insert waits for the winner's commit, fails, and is answered with the winner's lead.
// A trusted source (an API key) updates the person's name, company and phone; an anonymous one
// only creates a person it does not know yet. Never logs answer values.
import type { Db, DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { newId } from "../../db/new-id";
import { emailDomain } from "../../domain/conditions/email-domain";
import { markRepeat, type TIntakePerson, type TLeadDraft } from "../../domain/leads/build-lead";
import { emitWebhookEvent } from "../webhooks/webhook-jobs";
import type { TWebhookEventData } from "../../domain/webhooks/webhook-events";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import type { TStoredLead } from "../../domain/routing/routing-lead";
import { recordLockHeld } from "../routing/lock-timing";
import { routeLeadInTx } from "../routing/route-lead";
import { isUniqueViolation, latestLeadOf } from "../submissions/lead-history";

export interface TIdempotency {
  scope: string;
  key: string;
}

/** An earlier lead found by its idempotency key: enough to answer a retry as the first time. */
export interface TStoredLeadRef {
  id: string;
  outcome: unknown;
  /** The definition of the form version it was submitted to (null without a form). */
  definition: unknown;
}

export interface TSaveLeadInput {
  workspaceId: string;
  lead: TLeadDraft;
  person: TIntakePerson | null;
  /** An API key may update the person record; an anonymous submitter may not. */
  isTrustedSource: boolean;
  isRoutable: boolean;
  idempotency: TIdempotency | null;
  /** Route the lead in the same transaction (the app always does; absent = store only). */
  routing?: TFollowUpDeps;
  now: Date;
}

export type TSaveLeadResult = { status: 201; leadId: string } | { status: 200; replay: TStoredLeadRef };

export async function findLeadByIdempotencyKey(db: Db | DbTx, workspaceId: string, idempotency: TIdempotency): Promise<TStoredLeadRef | null> {
  const lead = await db.lead.findUnique({
    where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope: idempotency.scope, idempotencyKey: idempotency.key } },
    select: { id: true, outcome: true, formVersion: { select: { definition: true } } },
  });
  return lead ? { id: lead.id, outcome: lead.outcome, definition: lead.formVersion?.definition ?? null } : null;
}

export async function saveLead(db: Db, input: TSaveLeadInput): Promise<TSaveLeadResult> {
  const { workspaceId, person, idempotency } = input;
  // ── load ────────────────────────────────────────────────────────────────
  const repeatOfLeadId = person ? await latestLeadOf(db, workspaceId, person.email, input.now) : null;
  const data = leadRow(workspaceId, markRepeat(input.lead, repeatOfLeadId), idempotency);

  // ── save ────────────────────────────────────────────────────────────────
  let routeNow = Boolean(input.routing) && input.isRoutable;
  for (let attempt = 0; ; attempt++) {
    try {
      let lockAcquiredAt: number | null = null;
      const leadId = await db.$transaction(async (tx) => {
        const personId = person ? await upsertPerson(tx, workspaceId, person, input.isTrustedSource, input.now) : null;
        const created = await tx.lead.create({ data: { ...data.lead, personId }, select: { id: true } });
        await tx.leadEvent.createMany({ data: data.events.map((e) => ({ ...e, leadId: created.id })) });
        // One webhook event row (only when an endpoint subscribes), before any routing lock.
        if (input.routing) await emitWebhookEvent(tx, input.routing.queue, { workspaceId, type: "lead.created", at: input.now, data: leadCreatedData(created.id, input.lead, person) });
        if (input.routing && input.isRoutable) {
          if (routeNow) {
            const lead = { ...storedLeadOf(created.id, input.lead, person), isSpam: false };
            lockAcquiredAt = (await routeLeadInTx(tx, { workspaceId, leadId: created.id, now: input.now, lead }, input.routing)).lockAcquiredAt;
          } else await input.routing.queue.send("routing.route-lead", { leadId: created.id, workspaceId }, { tx });
        }
        return created.id;
      });
      if (lockAcquiredAt !== null) recordLockHeld(performance.now() - lockAcquiredAt);
      return { status: 201, leadId };
    } catch (error) {
      if (!isUniqueViolation(error)) {
        if (!routeNow) throw error;
        console.error(`[intake] routing failed in workspace ${workspaceId}; storing the lead and routing it in a job:`, (error as Error)?.name);
        routeNow = false;
        continue;
      }
      // Another request with this key won the race: answer as it did.
      if (idempotency) {
        const replay = await findLeadByIdempotencyKey(db, workspaceId, idempotency);
        if (replay) return { status: 200, replay };
      }
      // Otherwise another unique index answered (none is expected): once more, then give up.
      if (attempt >= 1) throw error;
    }
  }
}

/** lead.created's data (payload version 1): the lead as stored, without its routing. */
function leadCreatedData(id: string, lead: TLeadDraft, person: TIntakePerson | null): TWebhookEventData<"lead.created"> {
  return {
    lead: { id, formId: lead.formId, tier: lead.tier, scoreTotal: lead.scoreTotal, source: lead.source, isSpam: lead.isSpam, answers: lead.answers },
    person: person ? { email: person.email, name: person.name ?? null, company: person.company ?? null } : null,
  };
}

/** The lead as routing reads it from the database (its value rounded to the column's cents). */
function storedLeadOf(id: string, lead: TLeadDraft, person: TIntakePerson | null): TStoredLead {
  return {
    id,
    answers: lead.answers,
    scoreTotal: lead.scoreTotal,
    scores: lead.scores,
    tier: lead.tier,
    estimatedValue: lead.estimatedValue === null ? null : Math.round(lead.estimatedValue * 100) / 100,
    source: lead.source,
    utm: lead.utm,
    email: person?.email ?? null,
    formId: lead.formId,
    timeZone: lead.timeZone,
  };
}

function leadRow(workspaceId: string, lead: TLeadDraft, idempotency: TIdempotency | null) {
  const { events, notApplicableAnswers, ...columns } = lead;
  const row: Omit<Prisma.LeadUncheckedCreateInput, "personId"> = {
    ...columns,
    workspaceId,
    answers: json(columns.answers),
    ...(notApplicableAnswers ? { notApplicableAnswers: json(notApplicableAnswers) } : {}),
    scores: json(columns.scores),
    breakdown: json(columns.breakdown),
    outcome: json(columns.outcome),
    utm: json(columns.utm),
    idempotencyKey: idempotency?.key ?? null,
    idempotencyScope: idempotency?.scope ?? null,
  };
  // Written after the lead (createMany: one statement), in order: ids sort like Prisma's.
  return { lead: row, events: events.map((e) => ({ id: newId(), type: e.type, data: json(e.data), workspaceId, createdAt: lead.submittedAt })) };
}

/**
 * The person's id, created if new (one statement: INSERT … ON CONFLICT, so two first leads of one
 * person never race). Only a trusted source overwrites the name, company and phone it gives.
 */
async function upsertPerson(tx: DbTx, workspaceId: string, person: TIntakePerson, isTrustedSource: boolean, now: Date): Promise<string> {
  const domain = emailDomain(person.email) ?? person.email.slice(person.email.lastIndexOf("@") + 1);
  const at = now.toISOString();
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Person" ("id", "workspaceId", "email", "emailDomain", "name", "company", "phone", "createdAt", "updatedAt")
    VALUES (${newId()}, ${workspaceId}, ${person.email}, ${domain}, ${person.name}::text, ${person.company}::text, ${person.phone}::text,
            ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("workspaceId", "email") DO UPDATE SET
      "name" = CASE WHEN ${isTrustedSource}::boolean AND EXCLUDED."name" IS NOT NULL THEN EXCLUDED."name" ELSE "Person"."name" END,
      "company" = CASE WHEN ${isTrustedSource}::boolean AND EXCLUDED."company" IS NOT NULL THEN EXCLUDED."company" ELSE "Person"."company" END,
      "phone" = CASE WHEN ${isTrustedSource}::boolean AND EXCLUDED."phone" IS NOT NULL THEN EXCLUDED."phone" ELSE "Person"."phone" END,
      "updatedAt" = CASE WHEN ${isTrustedSource}::boolean THEN EXCLUDED."updatedAt" ELSE "Person"."updatedAt" END
    RETURNING "id"`;
  return row!.id;
}

function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
