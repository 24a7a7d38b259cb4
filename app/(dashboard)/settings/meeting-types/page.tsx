import { MeetingTypesEditor } from "@/components/booking/meeting-types-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { listMeetingTypeEditor } from "@/server/services/bookings/meeting-types";

export const dynamic = "force-dynamic";
export const metadata = { title: "Meeting types" };

export default async function MeetingTypesPage() {
  const { workspace } = await requireRole(TEAM_MANAGER_ROLES);
  const { meetingTypes, teams, paths } = await listMeetingTypeEditor(await getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Meeting types"
        description="What a prospect books on the end screen, per routing path or team (the most specific applies: path, then team, then the workspace default; without any, a 30-minute intro call). Also editable in the routing document (GET/PUT /api/v1/routing)."
      />
      <MeetingTypesEditor meetingTypes={meetingTypes} choices={{ teams, paths }} />
    </div>
  );
}
