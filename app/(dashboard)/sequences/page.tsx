import { NewSequenceForm } from "@/components/sequences/new-sequence-form";
import { SequenceFiguresTable } from "@/components/sequences/sequence-figures-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole, NURTURE_EDITOR_ROLES } from "@/server/domain/auth/roles";
import { listSequences } from "@/server/services/nurture/sequences";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sequences" };

export default async function SequencesPage() {
  const { workspace } = await requireMember();
  const sequences = await listSequences(await getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Nurture sequences" description="Emails that nurture-tier leads receive until they graduate to sales (clicks, return visits), come back sales-ready, a rep takes them, they unsubscribe or the sequence ends." />
      {hasRole(workspace.role, NURTURE_EDITOR_ROLES) && (
        <Card title="New sequence">
          <NewSequenceForm />
        </Card>
      )}
      <Card title={`Sequences (${sequences.length})`}>
        <SequenceFiguresTable sequences={sequences} />
      </Card>
    </div>
  );
}
