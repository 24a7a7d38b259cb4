import type { Metadata } from "next";
import { cache } from "react";
import { detailTitle } from "@/components/dashboard/detail-title";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { SequenceEditor } from "@/components/sequences/sequence-editor";
import { SequencePreview } from "@/components/sequences/sequence-preview";
import { SequenceVersions } from "@/components/sequences/sequence-versions";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole, NURTURE_EDITOR_ROLES } from "@/server/domain/auth/roles";
import { AppError } from "@/server/errors";
import { getSequence, type TSequenceDetail } from "@/server/services/nurture/sequences";

export const dynamic = "force-dynamic";
/** The sequence of the member's workspace, once per request: the title and the page share it. */
const readSequence = cache(async (workspaceId: string, sequenceId: string) => getSequence(await getDb(), workspaceId, sequenceId));

export async function generateMetadata({ params }: { params: Promise<{ sequenceId: string }> }): Promise<Metadata> {
  const { sequenceId } = await params;
  const { workspace } = await requireMember();
  return detailTitle("Sequence", async () => (await readSequence(workspace.id, sequenceId)).name);
}

export default async function SequencePage({ params }: { params: Promise<{ sequenceId: string }> }) {
  const { sequenceId } = await params;
  const { workspace } = await requireMember();
  let sequence: TSequenceDetail;
  try {
    sequence = await readSequence(workspace.id, sequenceId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const canEdit = hasRole(workspace.role, NURTURE_EDITOR_ROLES);
  return (
    <div className="space-y-6">
      <IntentLink href="/sequences" className="text-sm text-brand-600 hover:underline">← All sequences</IntentLink>
      <PageHeader title={sequence.name} description="Ordered steps: emails (Markdown with merge fields), waits and the end. Publishing makes a new version; enrolled leads stay on theirs." />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Steps">
          <SequenceEditor
            sequenceId={sequence.id}
            defaultValues={{ name: sequence.name, draft: sequence.draft }}
            isReadOnly={!canEdit}
            publishedVersion={sequence.publishedVersion}
            hasUnpublishedChanges={sequence.hasUnpublishedChanges}
            isDefault={sequence.isDefault}
            revision={sequence.revision}
          />
        </Card>
        <div className="space-y-6">
          <Card title="Preview">
            <SequencePreview sequenceId={sequence.id} canSendTest={canEdit} />
          </Card>
          <Card title="Versions">
            <SequenceVersions versions={sequence.versions} publishedVersion={sequence.publishedVersion} figures={sequence.figures} />
          </Card>
        </div>
      </div>
    </div>
  );
}
