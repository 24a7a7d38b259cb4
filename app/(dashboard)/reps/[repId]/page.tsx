import type { Metadata } from "next";
import { cache } from "react";
import { detailTitle } from "@/components/dashboard/detail-title";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { CalendarSettings } from "@/components/calendars/calendar-settings";
import { AvailabilityBadge } from "@/components/reps/availability-badge";
import { RepDetails } from "@/components/reps/rep-details";
import { RepForm } from "@/components/reps/rep-form";
import { storedRepFormValues } from "@/components/reps/rep-form-values";
import { activeOpenLeadsLine, inactiveOpenLeadsNotice, repLeadsHref } from "@/components/reps/deactivate-text";
import { RepStatusActions } from "@/components/reps/rep-status-actions";
import { RepUnsavedChangesProvider } from "@/components/reps/unsaved-changes";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole, TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { AppError } from "@/server/errors";
import { getRep, type TRepDetail } from "@/server/services/reps";
import { countRepOpenLeads } from "@/server/services/reps/rep-open-leads";

export const dynamic = "force-dynamic";
/** The rep of the member's workspace, once per request: the title and the page share it. */
const readRep = cache(async (workspaceId: string, repId: string) => getRep(await getDb(), workspaceId, repId));

export async function generateMetadata({ params }: { params: Promise<{ repId: string }> }): Promise<Metadata> {
  const { repId } = await params;
  const { workspace } = await requireMember();
  return detailTitle("Rep", async () => (await readRep(workspace.id, repId)).name);
}

export default async function RepPage({ params }: { params: Promise<{ repId: string }> }) {
  const { repId } = await params;
  const { user, workspace } = await requireMember();
  let rep: TRepDetail;
  try {
    rep = await readRep(workspace.id, repId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const canEdit = hasRole(workspace.role, TEAM_MANAGER_ROLES);
  // Deactivating leaves a rep's open leads with them: managers see how many, and where they are.
  const openLeads = canEdit ? await countRepOpenLeads(await getDb(), workspace.id, rep.id) : 0;
  const notice = inactiveOpenLeadsNotice(rep.name, rep.isActive, openLeads);
  const ownsLine = activeOpenLeadsLine(rep.isActive, openLeads);
  // The provider lets Deactivate / Reactivate (header) know the form below holds unsaved edits.
  return (
    <RepUnsavedChangesProvider>
      <div className="space-y-6">
        <IntentLink href="/reps" className="text-sm text-brand-600 hover:underline">← All reps</IntentLink>
        <PageHeader
          title={rep.name}
          description={<AvailabilityBadge availability={rep.availability} />}
          actions={canEdit && <RepStatusActions repId={rep.id} isActive={rep.isActive} canReactivate={rep.isMember} label={rep.name} openLeads={openLeads} />}
        />
        {notice && (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            {notice}{" "}
            <IntentLink href={repLeadsHref(rep.id)} className="font-medium text-brand-600 hover:underline">See their leads</IntentLink>
          </p>
        )}
        {ownsLine && (
          <p className="text-sm text-slate-600">
            {ownsLine} · <IntentLink href={repLeadsHref(rep.id)} className="text-brand-600 hover:underline">See their leads</IntentLink>
          </p>
        )}
        {canEdit ? (
          <RepForm mode="edit" repId={rep.id} defaultValues={storedRepFormValues(rep)} />
        ) : (
          <RepDetails rep={rep} />
        )}
        {(canEdit || rep.userId === user.id) && (
          <Card title="Calendar">
            <CalendarSettings repId={rep.id} />
          </Card>
        )}
      </div>
    </RepUnsavedChangesProvider>
  );
}
