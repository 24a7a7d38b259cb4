import { IntentLink } from "@/components/ui/intent-link";
import { CalendarSettings } from "@/components/calendars/calendar-settings";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";

export const dynamic = "force-dynamic";
export const metadata = { title: "My calendar" };

export default async function MyCalendarPage() {
  const { user, workspace } = await requireMember();
  const rep = await (await getDb()).repProfile.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } }, select: { id: true } });
  return (
    <div className="space-y-6">
      <PageHeader
        title="My calendar"
        description="Connect your calendar so routing skips you while you are in a meeting and prospects only see times you are free."
      />
      <Card>
        {rep ? (
          <CalendarSettings repId={null} />
        ) : (
          <p className="text-sm text-slate-600">
            You have no rep profile in this workspace, so there is no calendar to connect. Managers set reps&apos; calendars on each rep&apos;s page (<IntentLink className="text-brand-600 underline" href="/reps">Reps</IntentLink>).
          </p>
        )}
      </Card>
    </div>
  );
}
