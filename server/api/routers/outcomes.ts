// Outcomes from the app: the rep's inbox, a lead's lifecycle (read and record), fit feedback.
// Roles and ownership are checked in the services (reps: their own leads; managers and admins: any;
// marketers: none). The webhook queue and the clock are injected, so tests pass their own.
import { z } from "zod";
import { LEAD_STAGES, OUTCOME_SOURCES, RECORDABLE_STAGES, type TLeadStage } from "../../domain/outcomes/lead-stages";
import type { TWebhookQueue } from "../../services/webhooks/webhook-jobs";
import { FIT_VERDICTS } from "../../domain/outcomes/fit-verdicts";
import { ZGiveFeedback, giveFeedback, listLeadFeedback } from "../../services/outcomes/lead-feedback";
import { loadLeadLifecycle } from "../../services/outcomes/lead-lifecycle";
import { listInbox } from "../../services/outcomes/list-inbox";
import { recordOutcome } from "../../services/outcomes/record-outcome";
import { now as clockNow } from "../../time/clock";
import { router, workspaceProcedure } from "../trpc";

const ZId = z.string().min(1).max(64);
const ZStage = z.enum(LEAD_STAGES);
const ZOutcome = z.object({
  id: z.string(),
  leadId: z.string(),
  stage: ZStage,
  occurredAt: z.date(),
  recordedAt: z.date(),
  amount: z.string().nullable(),
  reason: z.string().nullable(),
  source: z.enum(OUTCOME_SOURCES),
  externalId: z.string().nullable(),
  actorUserId: z.string().nullable(),
  repId: z.string().nullable(),
});
const ZStageFields = {
  stage: ZStage,
  stageChangedAt: z.date().nullable(),
  acceptedAt: z.date().nullable(),
  firstContactAt: z.date().nullable(),
  opportunityAmount: z.string().nullable(),
  wonAmount: z.string().nullable(),
  closedAt: z.date().nullable(),
  closeReason: z.string().nullable(),
};
const ZFeedback = z.object({ id: z.string(), userId: z.string(), userName: z.string(), verdict: z.enum(FIT_VERDICTS), note: z.string().nullable(), repId: z.string().nullable(), pathId: z.string().nullable(), createdAt: z.date() });

export const ZRecordOutcomeRequest = z.object({
  leadId: ZId,
  stage: z.enum(RECORDABLE_STAGES as [TLeadStage, ...TLeadStage[]]),
  amount: z.number().finite().nullable().optional(),
  reason: z.string().max(500).nullable().optional(),
  /** When it happened; now when absent. */
  occurredAt: z.date().optional(),
  source: z.enum(["INBOX", "LEAD_PAGE"]),
});

export interface TOutcomesRouterDeps {
  webhooks: () => Promise<TWebhookQueue>;
  now?: () => Date;
}

export function outcomesRouterWith({ webhooks, now = clockNow }: TOutcomesRouterDeps) {
  return router({
    // Paged (INBOX_LIMIT a page) in the inbox's SLA order over all the rep's open leads; total and
    // overdueCount count them all.
    inbox: workspaceProcedure
      .input(z.object({ page: z.number().int().min(1).max(100_000).optional() }).optional())
      .output(
        z.object({
          hasRepProfile: z.boolean(),
          slaMinutes: z.number().nullable(),
          overdueCount: z.number(),
          total: z.number(),
          page: z.number(),
          pageSize: z.number(),
          items: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              company: z.string().nullable(),
              scoreTotal: z.number(),
              tier: z.string(),
              tierLabel: z.string(),
              currency: z.string(),
              stage: ZStage,
              submittedAt: z.date(),
              assignedAt: z.date(),
              isAccepted: z.boolean(),
              why: z.string().nullable(),
              isWaiting: z.boolean(),
              dueAt: z.date().nullable(),
              isOverdue: z.boolean(),
              nextStages: z.array(ZStage),
              status: z.enum(["ASSIGNED", "ACCEPTED", "FALLBACK"]),
              isProvisional: z.boolean(),
              reviewUntil: z.date().nullable(),
            }),
          ),
        }),
      )
      .query(({ ctx, input }) => listInbox(ctx.db, ctx.workspace.id, ctx.user.id, now(), { page: input?.page })),

    lifecycle: workspaceProcedure
      .input(z.object({ leadId: ZId }))
      .output(z.object({ leadId: z.string(), ...ZStageFields, currency: z.string(), outcomes: z.array(ZOutcome), canRecord: z.boolean(), nextStages: z.array(ZStage) }))
      .query(({ ctx, input }) => loadLeadLifecycle(ctx.db, ctx.workspace.id, input.leadId, ctx.viewer)),

    record: workspaceProcedure
      .input(ZRecordOutcomeRequest)
      .output(z.object({ outcome: ZOutcome.nullable(), stageChanged: z.boolean(), isDuplicate: z.boolean(), lead: z.object({ id: z.string(), ...ZStageFields }) }))
      .mutation(async ({ ctx, input }) => {
        const at = now();
        return recordOutcome(
          ctx.db,
          {
            workspaceId: ctx.workspace.id,
            leadId: input.leadId,
            stage: input.stage,
            occurredAt: input.occurredAt ?? at,
            amount: input.amount ?? null,
            reason: input.reason ?? null,
            source: input.source,
            actor: { kind: "member", ...ctx.viewer },
            now: at,
          },
          { webhooks: await webhooks() },
        );
      }),

    feedback: workspaceProcedure
      .input(z.object({ leadId: ZId }))
      .output(z.array(ZFeedback))
      .query(({ ctx, input }) => listLeadFeedback(ctx.db, ctx.workspace.id, input.leadId, ctx.viewer)),

    giveFeedback: workspaceProcedure
      .input(ZGiveFeedback)
      .output(ZFeedback)
      .mutation(({ ctx, input }) => giveFeedback(ctx.db, ctx.workspace.id, ctx.viewer, input, now())),
  });
}

/** The app's router (mount as `outcomes`). */
export const outcomesRouter = outcomesRouterWith({
  webhooks: async () => (await import("../../workers/app-queue")).getAppFollowUpDeps().then((deps) => deps.queue),
});
