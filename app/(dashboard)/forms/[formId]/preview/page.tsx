// Preview of a form's draft beside its live score (the editor's preview, read-only for now).
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { FormPreview } from "@/components/form-renderer/form-preview";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ZFormDefinition } from "@/server/domain/forms/definition";
import { ZScoringModel } from "@/server/domain/scoring/model";

export const dynamic = "force-dynamic";
export const metadata = { title: "Form preview" };

export default async function FormPreviewPage({ params }: { params: Promise<{ formId: string }> }) {
  const { workspace } = await requireMember();
  const { formId } = await params;
  const db = await getDb();
  const form = await db.form.findFirst({ where: { id: formId, workspaceId: workspace.id }, select: { name: true, slug: true, draftDefinition: true, draftScoring: true } });
  if (!form) notFound();
  const definition = ZFormDefinition.safeParse(form.draftDefinition);
  const scoring = ZScoringModel.safeParse(form.draftScoring);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Preview: ${form.name}`}
        description="The draft as prospects will see it. Answer questions to watch the score move."
        actions={<IntentLink href="/forms" className="text-sm font-medium text-brand-700 hover:underline">All forms</IntentLink>}
      />
      {definition.success && scoring.success ? (
        <FormPreview definition={definition.data} scoring={scoring.data} />
      ) : (
        <Card title="This draft can't be previewed">
          <p className="text-sm text-slate-600">
            The saved {definition.success ? "scoring model" : "form definition"} is not valid: {(definition.error ?? scoring.error)?.issues[0]?.message}
          </p>
        </Card>
      )}
    </div>
  );
}
