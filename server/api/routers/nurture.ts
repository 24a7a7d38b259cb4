// Nurture sequences and settings: every member reads (managers and reps too); owners, admins and
// marketers edit, publish, preview with a lead and send tests to themselves. One service call each.
import { z } from "zod";
import { ADMIN_ROLES, NURTURE_EDITOR_ROLES } from "../../domain/auth/roles";
import { ZSequenceDefinition } from "../../domain/nurture/sequence-definition";
import type { TFollowUpDeps } from "../../services/routing/after-assignment";
import { loadNurtureSettings, saveNurtureSettings, setDefaultSequence, ZNurtureSettingsInput } from "../../services/nurture/nurture-settings";
import { listPreviewLeads, previewSequence, sendSequenceTest } from "../../services/nurture/preview-sequence";
import { createSequence, getSequence, listSequences, publishSequence, saveSequenceDraft } from "../../services/nurture/sequences";
import { now as clockNow } from "../../time/clock";
import { roleProcedure, router, workspaceProcedure } from "../trpc";

const ZId = z.string().min(1).max(64);
/** Who reads leads through a preview: a rep reads only the leads they own. */
const ZFigures = z.object({ enrolled: z.number(), active: z.number(), sent: z.number(), clicked: z.number(), unsubscribed: z.number(), graduated: z.number(), booked: z.number() });
const ZSummary = z.object({ id: z.string(), name: z.string(), publishedVersion: z.number().nullable(), isDefault: z.boolean(), updatedAt: z.date(), figures: ZFigures });
const ZDetail = z.object({
  id: z.string(),
  name: z.string(),
  draft: ZSequenceDefinition,
  publishedVersion: z.number().nullable(),
  isDefault: z.boolean(),
  hasUnpublishedChanges: z.boolean(),
  versions: z.array(z.object({ version: z.number(), publishedAt: z.date(), enrolled: z.number() })),
  figures: ZFigures,
  revision: z.string(),
});
/** The revision the editor loaded (get's `revision`): a save or publish from a stale one is a CONFLICT. */
const ZBaseRevision = z.iso.datetime().optional();

export function nurtureRouterWith({ followUps, now = clockNow }: { followUps: () => Promise<TFollowUpDeps>; now?: () => Date }) {
  const editor = roleProcedure(NURTURE_EDITOR_ROLES);
  return router({
    list: workspaceProcedure.output(z.array(ZSummary)).query(({ ctx }) => listSequences(ctx.db, ctx.workspace.id)),
    get: workspaceProcedure.input(z.object({ id: ZId })).output(ZDetail).query(({ ctx, input }) => getSequence(ctx.db, ctx.workspace.id, input.id)),
    create: editor.input(z.object({ name: z.string().max(80) })).output(z.object({ id: z.string() })).mutation(({ ctx, input }) => createSequence(ctx.db, ctx.workspace.id, input)),
    saveDraft: editor
      .input(z.object({ id: ZId, name: z.string().max(80).optional(), draft: z.unknown(), baseRevision: ZBaseRevision }))
      .output(z.object({ ok: z.literal(true), revision: z.string() }))
      .mutation(async ({ ctx, input }) => ({ ok: true as const, ...(await saveSequenceDraft(ctx.db, ctx.workspace.id, input)) })),
    publish: editor
      .input(z.object({ id: ZId, baseRevision: ZBaseRevision }))
      .output(z.object({ version: z.number() }))
      .mutation(({ ctx, input }) => publishSequence(ctx.db, ctx.workspace.id, input.id, now(), input.baseRevision)),
    preview: workspaceProcedure
      .input(z.object({ id: ZId, leadId: ZId.nullable() }))
      .output(z.array(z.object({ stepIndex: z.number(), subject: z.string(), html: z.string() })))
      .query(async ({ ctx, input }) => previewSequence(ctx.db, { workspaceId: ctx.workspace.id, sequenceId: input.id, leadId: input.leadId, appUrl: (await followUps()).appUrl, viewer: ctx.viewer })),
    sendTest: editor
      .input(z.object({ id: ZId, stepIndex: z.number().int().min(0), leadId: ZId.nullable() }))
      .output(z.object({ emailId: z.string() }))
      .mutation(async ({ ctx, input }) => {
        const me = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id }, select: { email: true } });
        return sendSequenceTest(ctx.db, await followUps(), { workspaceId: ctx.workspace.id, sequenceId: input.id, stepIndex: input.stepIndex, leadId: input.leadId, to: me.email, viewer: ctx.viewer });
      }),
    /** Leads to preview with: the latest 20 the caller may read (a rep: their own). */
    previewLeads: workspaceProcedure.output(z.array(z.object({ id: z.string(), name: z.string(), tier: z.string() }))).query(({ ctx }) => listPreviewLeads(ctx.db, ctx.workspace.id, ctx.viewer)),
    /** Sequence editors choose the workspace default among published sequences (null: none). */
    setDefault: editor
      .input(z.object({ sequenceId: ZId.nullable() }))
      .output(z.object({ defaultSequenceId: z.string().nullable() }))
      .mutation(({ ctx, input }) => setDefaultSequence(ctx.db, ctx.workspace.id, input.sequenceId)),
    settings: workspaceProcedure.output(ZNurtureSettingsInput).query(({ ctx }) => loadNurtureSettings(ctx.db, ctx.workspace.id)),
    /** The workspace's nurture settings (points, postal address, cap, quiet hours, default): owners and admins. */
    saveSettings: roleProcedure(ADMIN_ROLES).input(ZNurtureSettingsInput).output(ZNurtureSettingsInput).mutation(({ ctx, input }) => saveNurtureSettings(ctx.db, ctx.workspace.id, input)),
  });
}

export const nurtureRouter = nurtureRouterWith({
  followUps: async () => (await import("../../workers/app-queue")).getAppFollowUpDeps(),
  now: clockNow,
});
