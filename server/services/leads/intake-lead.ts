// The one intake pipeline's save step, used by every way a lead enters (submitForm: hosted form,
// embed, public submissions API; createLead: `POST /api/v1/leads`, imports). The callers load and
// build the lead (domain/leads/build-lead.ts); this writes it, in one transaction:
//   save:  person, repeat detection (the person's latest lead), lead, its events and the
//          lead.created webhook row in ONE statement (insert-lead.ts), then its routing (routeLeadInTx
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
import type { TIntakePerson, TLeadDraft } from "../../domain/leads/build-lead";
import { fanOutWebhookEvent, webhookEventInsert } from "../webhooks/webhook-jobs";
import type { TWebhookEventData } from "../../domain/webhooks/webhook-events";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import type { TStoredLead } from "../../domain/routing/routing-lead";
import { recordLockHeld } from "../routing/lock-timing";
import { RoutingConfigChangedError, routeLeadInTx } from "../routing/route-lead";
import { isUniqueViolation } from "../submissions/lead-history";
import { insertLead } from "./insert-lead";

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
  const data = leadRow(workspaceId, input.lead, idempotency);

  // ── save ────────────────────────────────────────────────────────────────
  let routeNow = Boolean(input.routing) && input.isRoutable;
  for (let attempt = 0; ; attempt++) {
    try {
      let lockAcquiredAt: number | null = null;
      const leadId = newId();
      await db.$transaction(async (tx) => {
        // Person, repeat detection, lead, events and the lead.created webhook row: one statement, before any routing lock.
        const webhook = input.routing ? webhookEventInsert({ workspaceId, type: "lead.created", at: input.now, data: leadCreatedData(leadId, input.lead, person) }) : null;
        const inserted = await insertLead(tx, { workspaceId, leadId, columns: data.lead, events: data.events, person, isTrustedSource: input.isTrustedSource, now: input.now, webhookEvent: webhook?.sql ?? null });
        if (input.routing && inserted.webhookEventId) await fanOutWebhookEvent(tx, input.routing.queue, inserted.webhookEventId, workspaceId);
        if (input.routing && input.isRoutable) {
          if (routeNow) {
            const lead = { ...storedLeadOf(leadId, input.lead, person), isSpam: false };
            lockAcquiredAt = (await routeLeadInTx(tx, { workspaceId, leadId, now: input.now, lead }, input.routing)).lockAcquiredAt;
          } else await input.routing.queue.send("routing.route-lead", { leadId, workspaceId }, { tx });
        }
      });
      if (lockAcquiredAt !== null) recordLockHeld(performance.now() - lockAcquiredAt);
      return { status: 201, leadId };
    } catch (error) {
      // A publish changed the follow-up policies while this lead was routed: once more (the roster cache is fresh now).
      if (error instanceof RoutingConfigChangedError && attempt < 2) continue;
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
  // Written with the lead (insert-lead.ts), in order: ids sort like Prisma's.
  return { lead: row, events: events.map((e) => ({ id: newId(), type: e.type, data: e.data, createdAt: lead.submittedAt })) };
}

function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
