// One lead: who, what they answered (with the labels of the form version they saw), why it scored
// what it did, its tier and value, where it came from, its history, and the earlier lead if a repeat;
// who owns it and why (the routing decision record), every assignment, and the ownership actions.
// REPs open only the leads they currently own (404 otherwise).
import type { Metadata } from "next";
import { cache } from "react";
import { detailTitle } from "@/components/dashboard/detail-title";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { AssignmentHistory } from "@/components/assignments/assignment-history";
import { DecisionRecord } from "@/components/assignments/decision-record";
import { namesOf } from "@/components/assignments/names";
import { OwnershipCard } from "@/components/assignments/ownership-card";
import { LeadAnswers } from "@/components/leads/lead-answers";
import { LeadContactLine } from "@/components/leads/lead-contact-line";
import { LeadFacts } from "@/components/leads/lead-facts";
import { LeadHeaderBadges } from "@/components/leads/lead-header-badges";
import { LeadScoreBreakdown } from "@/components/leads/lead-score-breakdown";
import { LeadMeetings, type TLeadMeeting } from "@/components/leads/lead-meetings";
import { recordedMeeting } from "@/components/leads/recorded-meeting";
import { LeadTimeline } from "@/components/leads/lead-timeline";
import { LocalTime } from "@/components/leads/local-time";
import { UnsubscribeNotice } from "@/components/leads/unsubscribe-notice";
import { FitFeedback } from "@/components/outcomes/fit-feedback";
import { LifecycleCard } from "@/components/outcomes/lifecycle-card";
import { TEAM_MANAGER_ROLES, type TRole } from "@/server/domain/auth/roles";
import { leadShown } from "@/server/domain/leads/lead-contact";
import { listLeadFeedback, type TFeedbackView } from "@/server/services/outcomes/lead-feedback";
import { loadLeadLifecycle, type TLeadLifecycle } from "@/server/services/outcomes/lead-lifecycle";
import { loadLeadMeetings } from "@/server/services/bookings/lead-meetings";
import { cancelFromLeadPage, rescheduleFromLeadPage } from "./booking-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { loadLeadAssignmentView, type TLeadAssignmentView } from "@/server/services/assignments/lead-assignment-view";
import { getLead, type TLeadDetail } from "@/server/services/leads";
import { loadLeadRoutingValue, type TLeadRoutingValue } from "@/server/services/leads/lead-routing-value";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";
/** The lead as this viewer may read it (a rep: only their own), once per request: the title and the page share it. */
const readLead = cache(async (workspaceId: string, leadId: string, userId: string, role: TRole) => getLead(await getDb(), workspaceId, leadId, { userId, role }));

// The title names the lead only for a viewer who may read it; otherwise "Lead" (the page is the 404).
export async function generateMetadata({ params }: { params: Promise<{ leadId: string }> }): Promise<Metadata> {
  const { leadId } = await params;
  const { user, workspace } = await requireMember();
  return detailTitle("Lead", async () => {
    const lead = await readLead(workspace.id, leadId, user.id, workspace.role);
    return leadShown(lead, lead.person, "").name;
  });
}

export default async function LeadPage({ params }: { params: Promise<{ leadId: string }> }) {
  const { leadId } = await params;
  const { user, workspace } = await requireMember();
  const viewer = { userId: user.id, role: workspace.role };
  const db = await getDb();
  let lead: TLeadDetail;
  let ownership: TLeadAssignmentView;
  let meetings: TLeadMeeting[];
  let lifecycle: TLeadLifecycle;
  let feedback: TFeedbackView[];
  let routing: TLeadRoutingValue | null;
  try {
    lead = await readLead(workspace.id, leadId, user.id, workspace.role);
    ownership = await loadLeadAssignmentView(db, workspace.id, leadId, viewer);
    meetings = await loadLeadMeetings(db, workspace.id, leadId, viewer, now());
    lifecycle = await loadLeadLifecycle(db, workspace.id, leadId, viewer);
    feedback = await listLeadFeedback(db, workspace.id, leadId, viewer);
    // What routing counted of its value (read once the viewer may read the lead): beside the estimated value.
    routing = await loadLeadRoutingValue(db, workspace.id, leadId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const title = leadShown(lead, lead.person, "Lead").name;
  const names = namesOf(ownership);
  const decided = ownership.assignments.find((a) => a.decision !== null) ?? null;
  const isManager = TEAM_MANAGER_ROLES.includes(workspace.role);
  const pathNames = Object.fromEntries(ownership.assignments.flatMap((a) => (a.decision?.pathId ? [[a.decision.pathId, a.decision.pathName ?? a.decision.pathId]] : [])));
  return (
    <div className="space-y-6">
      <IntentLink href="/leads" className="text-sm text-brand-600 hover:underline">← All leads</IntentLink>
      <PageHeader
        title={title}
        description={
          <>
            <LeadContactLine lead={lead} />
            <br />
            {/* Forms are archived, never deleted: a lead without one came through the API or an import. */}
            Submitted <LocalTime date={lead.submittedAt} /> {lead.form ? `via ${lead.form.name}` : `without a form (source: ${lead.source ?? "api"})`}
            {lead.formVersion && ` (version ${lead.formVersion.version})`}
          </>
        }
        actions={
          <span className="flex flex-wrap gap-2">
            {/* The stage in the Lifecycle card's words and who holds the lead (lead-header-status.ts). */}
            <LeadHeaderBadges status={ownership.status} stage={lifecycle.stage} isProvisional={ownership.current?.isProvisional} reviewUntil={ownership.reviewUntil} owner={ownership.owner} viewerUserId={user.id} />
            {lead.repeatOf && <Badge tone="blue">Repeat</Badge>}
          </span>
        }
      />
      {lead.repeatOf && (
        <p className="rounded-md bg-brand-50 px-4 py-2 text-sm text-slate-700">
          This person submitted before:{" "}
          <IntentLink href={`/leads/${lead.repeatOf.id}`} className="text-brand-600 hover:underline">
            previous lead of <LocalTime date={lead.repeatOf.submittedAt} />
          </IntentLink>
        </p>
      )}
      <UnsubscribeNotice events={lead.events} />
      {/* Three blocks in the order a rep on a phone needs them: what they do with the lead (its stage,
          owner, meetings) first — not below the answers and the score, thousands of pixels down —
          then why it came and what it said, then its facts and history. On a wide screen the grid
          puts the first and last blocks in the right-hand column, the middle one beside them. */}
      <div className="grid gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <div className="space-y-6 lg:col-start-3 lg:row-start-1">
          <Card title="Lifecycle">
            <LifecycleCard lifecycle={lifecycle} people={{ repNames: ownership.repNames, userNames: ownership.userNames }} />
          </Card>
          <Card title="Owner">
            <OwnershipCard view={ownership} viewer={viewer} now={now()} />
          </Card>
          <Card title="Meetings">
            <LeadMeetings meetings={meetings} recorded={recordedMeeting(lifecycle.outcomes, names)} cancel={cancelFromLeadPage} reschedule={rescheduleFromLeadPage} />
          </Card>
        </div>
        <div className="space-y-6 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          {decided?.decision && (
            <Card title={decided.isCurrent ? "Why this owner" : "Last routing decision"}>
              <DecisionRecord decision={decided.decision} names={names} durationMs={decided.durationMs} />
            </Card>
          )}
          <Card title="Fit feedback">
            <FitFeedback leadId={lead.id} viewerUserId={user.id} canGive={isManager || (workspace.role === "REP" && ownership.owner?.userId === user.id)} isManager={isManager} feedback={feedback} pathNames={pathNames} />
          </Card>
          <Card title="Answers">
            <LeadAnswers answers={lead.answers} />
          </Card>
          {lead.notApplicableAnswers.length > 0 && (
            <Card title="Other answers (not on the form)">
              <p className="mb-2 text-sm text-slate-500">Sent with the lead but not asked by its form (a question it does not have, or one its logic skipped): kept, never scored or routed.</p>
              <LeadAnswers answers={lead.notApplicableAnswers} label="Other answers" />
            </Card>
          )}
          <Card title="Score breakdown">
            <LeadScoreBreakdown total={lead.scoreTotal} dimensions={lead.dimensions} knockouts={lead.knockouts} />
          </Card>
          <Card title="Assignment history">
            <AssignmentHistory assignments={ownership.assignments} names={names} />
          </Card>
        </div>
        <div className="space-y-6 lg:col-start-3 lg:row-start-2">
          <Card title="Summary">
            <LeadFacts lead={lead} routing={routing} />
          </Card>
          <Card title="History">
            <LeadTimeline events={lead.events} names={names} tierLabels={{ [lead.tier]: lead.tierLabel }} currency={lead.currency} />
          </Card>
        </div>
      </div>
    </div>
  );
}
