// Publishing a form version, or archiving the form, must not take away a question (or a score
// dimension) the workspace's routing reads: the published routing config and the routing draft,
// checked with routing's own ref check against the workspace's forms before and after the change
// (a key another form still has is fine; an archived form is not read by routing). Run inside the
// publishing or archiving transaction, under the routing config lock.
import type { DbTx } from "../../db/client";
import { ZFormDefinition, allFields } from "../../domain/forms/definition";
import { refsRemovedByPublish, type TRemovedRefProblem } from "../../domain/routing/refs-removed-by-publish";
import { ZRoutingConfigDraft } from "../../domain/routing/routing-config";
import { formRefContext, loadRoutingForms, type TFormRefSource, type TRoutingForm } from "../routing/analysis-context";
import { getPublishedRouting } from "../routing/routing-settings";

export interface TRoutingCheckInput {
  workspaceId: string;
  formId: string;
  /** The version about to be published; null when the form is being archived (routing stops reading it). */
  version: TFormRefSource | null;
}

const sourcesOf = (form: TRoutingForm): TFormRefSource[] => (form.current ? [form.draft, form.current] : [form.draft]);

export async function routingProblemsOfPublish(tx: DbTx, { workspaceId, formId, version }: TRoutingCheckInput): Promise<TRemovedRefProblem[]> {
  // Load
  const [published, settings] = await Promise.all([getPublishedRouting(tx, workspaceId), tx.routingSettings.findUnique({ where: { workspaceId }, select: { draftConfig: true } })]);
  if (!published && !settings) return [];
  const forms = await loadRoutingForms(tx, workspaceId, formId);
  // Decide: the same forms routing reads (not archived: drafts and current versions), before and
  // after this form's current version becomes `version` (its draft, published as is).
  const self = forms.find((f) => f.id === formId);
  const others = forms.filter((f) => f.id !== formId && f.status !== "ARCHIVED").flatMap(sourcesOf);
  const before = formRefContext(self && self.status !== "ARCHIVED" ? [...others, ...sourcesOf(self)] : others);
  const after = formRefContext(version ? [...others, version] : others);
  const draft = settings ? ZRoutingConfigDraft.safeParse(settings.draftConfig) : null;
  const live = ZFormDefinition.safeParse(self?.current?.definition);
  const labels = new Map(live.success ? allFields(live.data).map((f) => [f.key, f.label]) : []);
  return refsRemovedByPublish({ published: published?.config ?? null, draft: draft?.success ? draft.data : null }, before, after, (key) => labels.get(key), version ? undefined : "archiving this form removes");
}
