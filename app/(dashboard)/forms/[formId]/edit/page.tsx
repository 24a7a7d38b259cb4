// The form builder. Every member may open it; OWNER/ADMIN/MARKETER edit (the server checks the
// role on every write again), MANAGER/REP get the same view read-only.
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { FormEditor } from "@/components/form-builder/form-editor";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole } from "@/server/domain/auth/roles";
import { FORM_EDITOR_ROLES } from "@/server/domain/forms/form-roles";
import { AppError } from "@/server/errors";
import { getFormForEditor, listPublishedFieldKeys, type TFormForEditor } from "@/server/services/forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Form builder" };

export default async function EditFormPage({ params }: { params: Promise<{ formId: string }> }) {
  const { formId } = await params;
  const { workspace } = await requireMember();
  let form: TFormForEditor;
  let publishedKeys: string[];
  try {
    const db = await getDb();
    // The keys of every published version: the editor keeps them read-only, the rest editable.
    [form, publishedKeys] = await Promise.all([getFormForEditor(db, workspace.id, formId), listPublishedFieldKeys(db, workspace.id, formId)]);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const canEdit = hasRole(workspace.role, FORM_EDITOR_ROLES);
  const title = (
    <>
      <IntentLink href={`/forms/${form.id}`} className="text-sm text-brand-600 hover:underline">← {form.name}</IntentLink>
      <h1 className="text-xl font-semibold text-slate-900">{canEdit ? "Edit" : "View"} {form.name}</h1>
    </>
  );
  return (
    // Full width from lg: the builder needs more room than the dashboard's reading column. Narrower,
    // the column is already the window's width, and no transform: the settings sheet is fixed to
    // the window (a transformed ancestor would pin it to this box instead).
    <div className="space-y-3 lg:relative lg:left-1/2 lg:w-[calc(100vw-2rem)] lg:max-w-[110rem] lg:-translate-x-1/2">
      {form.isDraftValid ? (
        // The editor renders the title line: what is live beside it follows its state (publish, edits).
        <FormEditor
          formId={form.id}
          slug={form.slug}
          initial={{ definition: form.definition, scoring: form.scoring }}
          updatedAt={form.updatedAt}
          canEdit={canEdit}
          live={{ version: form.currentVersion?.version ?? null, hasUnpublishedChanges: form.hasUnpublishedChanges }}
          publishedKeys={publishedKeys}
          header={title}
        />
      ) : (
        <>
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            {title}
            <span className="text-sm text-slate-500">
              {form.currentVersion ? `Live: version ${form.currentVersion.version}` : "Not published yet"}
              {form.currentVersion && form.hasUnpublishedChanges ? " · unpublished changes" : ""}
            </span>
          </div>
          <Card title="This draft can't be edited">
            <p className="text-sm text-slate-600">The saved draft no longer matches the form schema. Restore a published version from the form page.</p>
          </Card>
        </>
      )}
    </div>
  );
}
