// The routing-path editor: draft, publish, history, diff, rollback, test a lead, replay. Team
// managers only (OWNER, ADMIN, MANAGER) — reads too: reps do not see the editor.
import { z } from "zod";
import { TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { AppError } from "../../errors";
import { replayRouting } from "../../services/routing/replay-routing";
import { analyzeDraft, diffRoutingVersions, getRoutingEditor, listRoutingHistory } from "../../services/routing/routing-editor";
import { getPublishedRouting, getRoutingDraft, publishRouting, rollbackRouting, saveRoutingDraft } from "../../services/routing/routing-settings";
import { testRoutingLead } from "../../services/routing/test-lead";
import { listPoolStrengths } from "../../services/routing/pool-strengths";
import { now } from "../../time/clock";
import { roleProcedure, router } from "../trpc";

const managerProcedure = roleProcedure(TEAM_MANAGER_ROLES);
/** The app's queue for learned pools' rebuild jobs: publishing starts it (before its transaction) only for a config with a learned pool. */
const learningQueue = async () => (await (await import("../../workers/app-queue")).getAppFollowUpDeps()).queue;
const ZVersion = z.number().int().min(1);
/** The draft revision the editor loaded (routing.get's draftRevision); without it the write is unconditional (scripts). */
const ZBaseRevision = z.iso.datetime().nullable().optional();

export const routingRouter = router({
  get: managerProcedure.query(({ ctx }) => getRoutingEditor(ctx.db, ctx.workspace.id)),

  /** Saves the draft (shape-checked); returns it with its analysis (errors block publishing) and its new revision. */
  saveDraft: managerProcedure.input(z.object({ config: z.unknown(), baseRevision: ZBaseRevision })).mutation(async ({ ctx, input }) => {
    const saved = await saveRoutingDraft(ctx.db, ctx.workspace.id, input.config, input.baseRevision);
    return { ...saved, analysis: await analyzeDraft(ctx.db, ctx.workspace.id, saved.draft) };
  }),

  /** Resets the draft to the published config; returns it with its new revision. */
  discardDraft: managerProcedure.input(z.object({ baseRevision: ZBaseRevision }).optional()).mutation(async ({ ctx, input }) => {
    const published = await getPublishedRouting(ctx.db, ctx.workspace.id);
    if (!published) throw new AppError("BAD_REQUEST", "Nothing is published yet: there is no draft to discard to.");
    return saveRoutingDraft(ctx.db, ctx.workspace.id, published.config, input?.baseRevision);
  }),

  /** Publishes `config` (saved as the draft too) or else the saved draft; returns the warnings. A config equal to the published one publishes nothing (`changed: false`), as `PUT /api/v1/routing`. */
  publish: managerProcedure
    .input(z.object({ note: z.string().trim().max(500).default(""), config: z.unknown().optional(), baseRevision: ZBaseRevision }))
    .mutation(async ({ ctx, input }) => publishRouting(ctx.db, { workspaceId: ctx.workspace.id, userId: ctx.user.id, config: input.config, note: input.note, learningQueue, baseRevision: input.baseRevision, skipIfUnchanged: true })),

  versions: managerProcedure.query(({ ctx }) => listRoutingHistory(ctx.db, ctx.workspace.id)),

  diff: managerProcedure
    .input(z.object({ from: ZVersion, to: z.union([ZVersion, z.literal("draft")]) }))
    .query(({ ctx, input }) => diffRoutingVersions(ctx.db, ctx.workspace.id, input)),

  rollback: managerProcedure
    .input(z.object({ version: ZVersion }))
    .mutation(async ({ ctx, input }) => rollbackRouting(ctx.db, { workspaceId: ctx.workspace.id, userId: ctx.user.id, version: input.version, learningQueue })),

  /** A dry run: nothing saved, no pointer moved. */
  testLead: managerProcedure
    .input(
      z.object({
        useDraft: z.boolean(),
        formSlug: z.string().trim().min(1).max(80).optional(),
        answers: z.record(z.string(), z.unknown()).default({}),
        email: z.string().trim().max(320).optional(),
        at: z.iso.datetime({ offset: true }).optional(),
        timeZone: z.string().trim().max(64).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const config = input.useDraft ? await getRoutingDraft(ctx.db, ctx.workspace.id) : undefined;
      return testRoutingLead(ctx.db, ctx.workspace.id, {
        config,
        lead: { formSlug: input.formSlug ?? null, answers: input.answers, email: input.email || null, timeZone: input.timeZone || null },
        at: input.at ? new Date(input.at) : undefined,
      });
    }),

  /** Each learned pool's strengths table: every rep's best segments against the team. */
  strengths: managerProcedure.query(({ ctx }) => listPoolStrengths(ctx.db, ctx.workspace.id, now())),

  /** The last N leads through the saved draft, compared with the published config. */
  replay: managerProcedure.input(z.object({ lastN: z.number().int().min(1).max(500) })).mutation(async ({ ctx, input }) => {
    const draft = await getRoutingDraft(ctx.db, ctx.workspace.id);
    return replayRouting(ctx.db, ctx.workspace.id, { draft, lastN: input.lastN });
  }),
});
