// One form: its public address, status, live version and version history. Form editors
// (owner, admin, marketer) get the Publish and Archive buttons; the server checks the role again.
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormVersionsTable } from "@/components/forms/form-versions-table";
import { PublishFormActions } from "@/components/forms/publish-form-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole } from "@/server/domain/auth/roles";
import { FORM_EDITOR_ROLES } from "@/server/domain/forms/form-roles";
import { AppError } from "@/server/errors";
import { getFormForEditor, listVersions, type TFormForEditor, type TFormStatus, type TFormVersionItem } from "@/server/services/forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Form" };

const STATUS: Record<TFormStatus, { label: string; tone: "gray" | "green" | "red" }> = {
  DRAFT: { label: "Draft", tone: "gray" },
  PUBLISHED: { label: "Published", tone: "green" },
  ARCHIVED: { label: "Archived", tone: "red" },
};

export default async function FormPage({ params }: { params: Promise<{ formId: string }> }) {
  const { formId } = await params;
  const { workspace } = await requireMember();
  const db = await getDb();
  let form: TFormForEditor;
  let versions: TFormVersionItem[];
  try {
    [form, versions] = await Promise.all([getFormForEditor(db, workspace.id, formId), listVersions(db, workspace.id, formId)]);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const canEdit = hasRole(workspace.role, FORM_EDITOR_ROLES);
  const status = STATUS[form.status];
  const hostedPath = `/f/${form.slug}`;
  return (
    <div className="space-y-6">
      <Link href="/forms" className="text-sm text-brand-600 hover:underline">← All forms</Link>
      <PageHeader
        title={form.name}
        description={
          <>
            <Badge tone={status.tone}>{status.label}</Badge>{" "}
            {form.hasUnpublishedChanges && form.currentVersion && <Badge tone="amber">Unpublished changes</Badge>}
          </>
        }
        actions={canEdit && <PublishFormActions formId={form.id} name={form.name} canArchive={form.status !== "ARCHIVED"} />}
      />
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
                <a href={hostedPath} target="_blank" rel="noreferrer" className="text-brand-600 hover:underline">{hostedPath}</a>
              ) : (
                <span className="text-slate-500">{hostedPath} (live once published{form.status === "ARCHIVED" ? " again" : ""})</span>
              )}
            </dd>
          </div>
          <div className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-medium text-slate-600">Live version</dt>
            <dd className="sm:col-span-2">
              {form.currentVersion
                ? `v${form.currentVersion.version}, published ${form.currentVersion.publishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
                : "None yet"}
            </dd>
          </div>
          <div className="grid gap-1 py-2 sm:grid-cols-3">
            <dt className="font-medium text-slate-600">Draft</dt>
            <dd className="sm:col-span-2">
              {form.definition.steps.length} {form.definition.steps.length === 1 ? "step" : "steps"} ·{" "}
              <Link href={`/forms/${form.id}/preview`} className="text-brand-600 hover:underline">Preview</Link>
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={`Version history (${versions.length})`}>
        <FormVersionsTable versions={versions} />
      </Card>
    </div>
  );
}
