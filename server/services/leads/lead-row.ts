// The rows and payloads the intake writes for one lead, from its draft: the Lead columns and its
// events (leadRow), the lead as routing reads it back (storedLeadOf) and lead.created's data.
import type { Prisma } from "../../db/generated/client";
import { newId } from "../../db/new-id";
import type { TIntakePerson, TLeadDraft } from "../../domain/leads/build-lead";
import type { TStoredLead } from "../../domain/routing/routing-lead";
import type { TRequestIssue } from "../../domain/validation/request-issues";
import type { TWebhookEventData } from "../../domain/webhooks/webhook-events";
import type { TIdempotency } from "./save-lead-types";

/** lead.created's data (payload version 1): the lead as stored, without its routing; who it is (contact) the fan-out adds from the stored rows (lead-event-contact.ts). */
export function leadCreatedData(id: string, lead: TLeadDraft, person: TIntakePerson | null): TWebhookEventData<"lead.created"> {
  return {
    lead: { id, formId: lead.formId, tier: lead.tier, scoreTotal: lead.scoreTotal, source: lead.source, isSpam: lead.isSpam, answers: lead.answers, notApplicableAnswers: lead.notApplicableAnswers ?? {} },
    person: person ? { email: person.email, name: person.name ?? null, company: person.company ?? null } : null,
  };
}

/** The lead as routing reads it from the database (its value rounded to the column's cents). */
export function storedLeadOf(id: string, lead: TLeadDraft, person: TIntakePerson | null, routingCurrency: string | null = null): TStoredLead {
  return {
    id,
    answers: lead.answers,
    scoreTotal: lead.scoreTotal,
    scores: lead.scores,
    tier: lead.tier,
    estimatedValue: lead.estimatedValue === null ? null : Math.round(lead.estimatedValue * 100) / 100,
    currency: lead.currency,
    routingValue: lead.routingValue ?? null,
    routingCurrency,
    source: lead.source,
    utm: lead.utm,
    email: person?.email ?? null,
    formId: lead.formId,
    timeZone: lead.timeZone,
  };
}

/** The Lead columns and events of a draft; with an idempotency key, the answer's warnings too (a replay answers them). */
export function leadRow(workspaceId: string, lead: TLeadDraft, idempotency: TIdempotency | null, warnings: TRequestIssue[]) {
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
    idempotencyFingerprint: idempotency?.fingerprint ?? null,
    ...(idempotency ? { idempotencyWarnings: json(warnings) } : {}),
  };
  // Written with the lead (insert-lead.ts), in order: ids sort like Prisma's.
  return { lead: row, events: events.map((e) => ({ id: newId(), type: e.type, data: e.data, createdAt: lead.submittedAt })) };
}

function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
