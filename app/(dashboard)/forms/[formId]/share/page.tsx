// Share a form: its public link to copy, the embed snippets (inline, popup, JS API) and the
// websites allowed to embed it. Everyone reads; form editors change the list.
import { IntentLink } from "@/components/ui/intent-link";
import { AllowedOriginsEditor } from "@/components/forms/allowed-origins-editor";
import { CopyButton } from "@/components/forms/copy-button";
import { EmbedSnippets } from "@/components/forms/embed-snippets";
import { FormLinks } from "@/components/forms/form-links";
import { orNotFound } from "@/components/forms/form-or-not-found";
import { FormStatusBadge } from "@/components/forms/form-status";
import { publicBaseUrl } from "@/components/forms/public-base-url";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole } from "@/server/domain/auth/roles";
import { FORM_EDITOR_ROLES } from "@/server/domain/forms/form-roles";
import { getFormForEditor } from "@/server/services/forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Share form" };

export default async function ShareFormPage({ params }: { params: Promise<{ formId: string }> }) {
  const { formId } = await params;
  const { workspace } = await requireMember();
  const form = await orNotFound(getFormForEditor(await getDb(), workspace.id, formId));
  const baseUrl = await publicBaseUrl();
  const publicUrl = `${baseUrl}/f/${form.slug}`;
  const isLive = form.status === "PUBLISHED";
  const canEdit = hasRole(workspace.role, FORM_EDITOR_ROLES);
  return (
    <div className="space-y-6">
      <IntentLink href={`/forms/${form.id}`} className="text-sm text-brand-600 hover:underline">← {form.name}</IntentLink>
      <PageHeader title={`Share: ${form.name}`} description={<FormStatusBadge status={form.status} />} />
      <FormLinks form={form} current="share" canEdit={canEdit} />
      <Card title="Public link">
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="public-link" className="sr-only">Public link</label>
          <input id="public-link" readOnly value={publicUrl} className="min-w-80 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-800" />
          <CopyButton text={publicUrl} label="Copy link" />
        </div>
        <p className="mt-2 text-sm text-slate-600">
          {isLive
            ? "Anyone with this link can fill in the live version of the form."
            : form.status === "ARCHIVED"
              ? "The form is archived: this link shows “not found” until it is published again."
              : "This link starts working once the form is published."}
        </p>
      </Card>
      <Card title="Embed on your website">
        <EmbedSnippets appUrl={baseUrl} slug={form.slug} hasAllowedOrigins={form.allowedOrigins.length > 0} />
      </Card>
      <Card title="Websites allowed to embed">
        <AllowedOriginsEditor formId={form.id} initial={form.allowedOrigins} canEdit={canEdit} />
      </Card>
    </div>
  );
}
