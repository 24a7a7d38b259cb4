// The editor's preview of a sequence's draft for a chosen lead (merge fields filled, links as
// written), and "send a test to me": one email step to the signed-in user, marked as a test.
// Every member may preview; the leads to preview with are those the viewer may read (a rep: the
// leads they own, as the lead pages), so a preview never shows another rep's lead.
import type { Db } from "../../db/client";
import { renderEmail } from "../../mail/render-email";
import { sendEmail } from "../../mail/send-email";
import { mergeValuesOf } from "../../domain/nurture/merge-fields";
import { AppError } from "../../errors";
import { leadVisibility, type TLeadViewer } from "../leads/list-leads";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { loadLeadMergeContext, renderStepContent } from "./nurture-email";
import { loadNurtureSettings } from "./nurture-settings";
import { getSequence } from "./sequences";

export interface TStepPreview {
  stepIndex: number;
  subject: string;
  html: string;
}

async function renderedSteps(db: Db, workspaceId: string, sequenceId: string, leadId: string | null, unsubscribeUrl: string, isTest: boolean, viewer: TLeadViewer) {
  const [sequence, settings, workspace] = await Promise.all([getSequence(db, workspaceId, sequenceId), loadNurtureSettings(db, workspaceId), db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } })]);
  const lead = leadId ? await loadLeadMergeContext(db, workspaceId, leadId, leadVisibility(viewer)) : null;
  if (leadId && !lead) throw new AppError("NOT_FOUND", "Lead not found.", [{ path: "leadId", message: "No such lead in this workspace" }]);
  const values = lead?.values ?? mergeValuesOf({ name: "Ada Lovelace", company: "Analytical Engines", email: "ada@example.com", repName: `the ${workspace.name} team` });
  return sequence.draft.steps.flatMap((step, stepIndex) => {
    if (step.type !== "email") return [];
    const content = renderStepContent(step, values);
    return [{ stepIndex, template: { name: "nurture-step" as const, props: { subject: content.subject, blocks: content.blocks, workspaceName: workspace.name, postalAddress: settings.postalAddress, unsubscribeUrl, isTest } } }];
  });
}

/** The latest 20 leads of the workspace the viewer may read, to preview with. */
export async function listPreviewLeads(db: Db, workspaceId: string, viewer: TLeadViewer): Promise<{ id: string; name: string; tier: string }[]> {
  const leads = await db.lead.findMany({
    where: { workspaceId, isSpam: false, ...leadVisibility(viewer) },
    orderBy: { submittedAt: "desc" },
    take: 20,
    select: { id: true, tier: true, contactName: true, person: { select: { email: true, name: true } } },
  });
  // The name and the tier key apart: the picker says the tier as the leads page does (its label).
  return leads.map((l) => ({ id: l.id, name: l.contactName ?? l.person?.name ?? l.person?.email ?? l.id, tier: l.tier }));
}

export async function previewSequence(db: Db, input: { workspaceId: string; sequenceId: string; leadId: string | null; appUrl: string; viewer: TLeadViewer }): Promise<TStepPreview[]> {
  const steps = await renderedSteps(db, input.workspaceId, input.sequenceId, input.leadId, `${input.appUrl}/n/u/preview`, false, input.viewer);
  return Promise.all(
    steps.map(async (s) => {
      const { subject, html } = await renderEmail(s.template);
      return { stepIndex: s.stepIndex, subject, html };
    }),
  );
}

export async function sendSequenceTest(db: Db, deps: TFollowUpDeps, input: { workspaceId: string; sequenceId: string; stepIndex: number; leadId: string | null; to: string; viewer: TLeadViewer }): Promise<{ emailId: string }> {
  const steps = await renderedSteps(db, input.workspaceId, input.sequenceId, input.leadId, `${deps.appUrl}/n/u/test`, true, input.viewer);
  const step = steps.find((s) => s.stepIndex === input.stepIndex);
  if (!step) throw new AppError("VALIDATION", "Choose an email step", [{ path: "stepIndex", message: "Not an email step of this sequence" }]);
  // A test goes to the signed-in editor (a transactional email: not tracked, not suppressed).
  const email = await sendEmail(db, { to: input.to, workspaceId: input.workspaceId, template: { name: "nurture-test", props: step.template.props } }, { queue: deps.queue, config: deps.mail });
  return { emailId: email.id };
}
