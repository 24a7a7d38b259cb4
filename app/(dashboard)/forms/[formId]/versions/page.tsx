// A form's version history: every published version with who published it and when; form
// editors can restore one as the draft (the server checks the role again).
import { IntentLink } from "@/components/ui/intent-link";
import { FormLinks } from "@/components/forms/form-links";
import { orNotFound } from "@/components/forms/form-or-not-found";
import { FormStatusBadge } from "@/components/forms/form-status";
import { FormVersionsTable } from "@/components/forms/form-versions-table";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole } from "@/server/domain/auth/roles";
import { FORM_EDITOR_ROLES } from "@/server/domain/forms/form-roles";
import { getFormForEditor, listVersions } from "@/server/services/forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Form versions" };

export default async function FormVersionsPage({ params }: { params: Promise<{ formId: string }> }) {
  const { formId } = await params;
  const { workspace } = await requireMember();
  const db = await getDb();
  const [form, versions] = await orNotFound(Promise.all([getFormForEditor(db, workspace.id, formId), listVersions(db, workspace.id, formId)]));
  const canEdit = hasRole(workspace.role, FORM_EDITOR_ROLES);
  return (
    <div className="space-y-6">
      <IntentLink href={`/forms/${form.id}`} className="text-sm text-brand-600 hover:underline">← {form.name}</IntentLink>
      <PageHeader
        title={`Versions: ${form.name}`}
        description={
          <>
            <FormStatusBadge status={form.status} />{" "}
            {form.hasUnpublishedChanges && form.currentVersion && <Badge tone="amber">Draft has unpublished changes</Badge>}
          </>
        }
      />
      <FormLinks form={form} current="versions" canEdit={canEdit} />
      <Card title={`Published versions (${versions.length})`}>
        {canEdit && versions.length > 0 && (
          <p className="mb-4 text-sm text-slate-600">
            Restoring a version copies its questions, logic and scoring into the draft. Published versions never change; publish the draft to make it live.
          </p>
        )}
        <FormVersionsTable versions={versions} restoreFormId={canEdit ? form.id : undefined} />
      </Card>
    </div>
  );
}
