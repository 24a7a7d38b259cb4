// One form: its public address, status, live version and version history, with links to the
// editor, preview, share and versions pages. Form editors (owner, admin, marketer) get the
// Publish and Archive buttons and restore-as-draft; the server checks the role again.
import type { Metadata } from "next";
import { cache } from "react";
import { detailTitle } from "@/components/dashboard/detail-title";
import { IntentLink } from "@/components/ui/intent-link";
import { LocalTime } from "@/components/leads/local-time";
import { FormLinks } from "@/components/forms/form-links";
import { orNotFound } from "@/components/forms/form-or-not-found";
import { FormStatusBadge } from "@/components/forms/form-status";
import { FormVersionsTable } from "@/components/forms/form-versions-table";
import { PublishFormActions } from "@/components/forms/publish-form-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole } from "@/server/domain/auth/roles";
import { FORM_EDITOR_ROLES } from "@/server/domain/forms/form-roles";
import { getFormForEditor, listVersions } from "@/server/services/forms";

export const dynamic = "force-dynamic";
/** The form of the member's workspace, once per request: the title and the page share it. */
const readForm = cache(async (workspaceId: string, formId: string) => getFormForEditor(await getDb(), workspaceId, formId));

export async function generateMetadata({ params }: { params: Promise<{ formId: string }> }): Promise<Metadata> {
  const { formId } = await params;
  const { workspace } = await requireMember();
  return detailTitle("Form", async () => (await readForm(workspace.id, formId)).name);
}

export default async function FormPage({ params }: { params: Promise<{ formId: string }> }) {
  const { formId } = await params;
  const { workspace } = await requireMember();
  const db = await getDb();
  const [form, versions] = await orNotFound(Promise.all([readForm(workspace.id, formId), listVersions(db, workspace.id, formId)]));
  const canEdit = hasRole(workspace.role, FORM_EDITOR_ROLES);
  const hostedPath = `/f/${form.slug}`;
  return (
    <div className="space-y-6">
      <IntentLink href="/forms" className="text-sm text-brand-600 hover:underline">← All forms</IntentLink>
      <PageHeader
        title={form.name}
        description={
          <>
            <FormStatusBadge status={form.status} />{" "}
            {form.hasUnpublishedChanges && form.currentVersion && <Badge tone="amber">Unpublished changes</Badge>}
          </>
        }
        actions={canEdit && <PublishFormActions formId={form.id} name={form.name} canArchive={form.status !== "ARCHIVED"} />}
      />
      <FormLinks form={form} canEdit={canEdit} />
      <Card title="Details">
        <dl className="divide-y divide-slate-100 text-sm">
          <div className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-medium text-slate-600">Slug</dt>
            <dd className="font-mono sm:col-span-2">{form.slug}</dd>
          </div>
          <div className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-medium text-slate-600">Hosted page</dt>
            <dd className="sm:col-span-2">
              {form.status === "PUBLISHED" ? (
                <a href={hostedPath} target="_blank" rel="noreferrer" className="text-brand-700 underline hover:no-underline">{hostedPath}</a>
              ) : (
                <span className="text-slate-500">{hostedPath} (live once published{form.status === "ARCHIVED" ? " again" : ""})</span>
              )}
            </dd>
          </div>
          <div className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-medium text-slate-600">Live version</dt>
            <dd className="sm:col-span-2">
              {form.currentVersion ? (
                <>v{form.currentVersion.version}, published <LocalTime date={form.currentVersion.publishedAt} /></>
              ) : (
                "None yet"
              )}
            </dd>
          </div>
          <div className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-medium text-slate-600">Draft</dt>
            <dd className="sm:col-span-2">
              {form.definition.steps.length} {form.definition.steps.length === 1 ? "step" : "steps"} ·{" "}
              <IntentLink href={`/forms/${form.id}/preview`} className="text-brand-700 underline hover:no-underline">Preview</IntentLink>
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={`Version history (${versions.length})`}>
        <FormVersionsTable versions={versions} restoreFormId={canEdit ? form.id : undefined} />
      </Card>
    </div>
  );
}
