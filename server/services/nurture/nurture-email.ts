// Renders one email step for one lead (the step job, the editor's preview, "send a test to me"):
// the Markdown body as blocks, merge fields filled from the lead (first name, company, email) and
// its owner or the workspace (rep.name), links rewritten by `link` (tracked clicks), the footer
// with the workspace's postal address and the unsubscribe link.
import type { Db, DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { markdownToBlocks, mergeBlocks, rewriteLinks, type TEmailBlock } from "../../domain/nurture/markdown-blocks";
import { mergeText, mergeValuesOf, type TMergeValues } from "../../domain/nurture/merge-fields";
import type { TEmailStep } from "../../domain/nurture/sequence-definition";

export interface TNurtureEmailContent {
  subject: string;
  blocks: TEmailBlock[];
}

export function renderStepContent(step: Pick<TEmailStep, "subject" | "body">, values: TMergeValues, link: (href: string, index: number) => string = (href) => href): TNurtureEmailContent {
  return { subject: mergeText(step.subject, values), blocks: rewriteLinks(mergeBlocks(markdownToBlocks(step.body), values), link) };
}

export interface TLeadMergeContext {
  email: string | null;
  values: TMergeValues;
  timeZone: string | null;
}

/** The merge values of a workspace's lead (null when it is not in the workspace). */
/** The lead's merge values; `visibility` narrows which leads may be read (a rep: the leads they own). */
export async function loadLeadMergeContext(db: Db | DbTx, workspaceId: string, leadId: string, visibility: Prisma.LeadWhereInput = {}): Promise<TLeadMergeContext | null> {
  const lead = await db.lead.findFirst({
    where: { id: leadId, workspaceId, ...visibility },
    select: { contactName: true, contactCompany: true, timeZone: true, workspace: { select: { name: true } }, person: { select: { email: true, name: true, company: true } }, ownerRep: { select: { user: { select: { name: true } } } } },
  });
  if (!lead) return null;
  const email = lead.person?.email ?? null;
  const values = mergeValuesOf({ name: lead.contactName ?? lead.person?.name ?? null, company: lead.contactCompany ?? lead.person?.company ?? null, email, repName: lead.ownerRep?.user.name ?? `the ${lead.workspace.name} team` });
  return { email, values, timeZone: lead.timeZone };
}
