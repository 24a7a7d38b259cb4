// A lead's lifecycle for the lead page: its stage and deal fields, every recorded outcome (newest
// first), whether the viewer may record one (the owner rep, managers and admins) and which stages.
// Reps read only leads they own (NOT_FOUND otherwise), as everywhere in the app.
import type { DbTx } from "../../db/client";
import { TEAM_MANAGER_ROLES, type TRole } from "../../domain/auth/roles";
import { nextStages, type TLeadStage } from "../../domain/outcomes/lead-stages";
import { AppError } from "../../errors";
import { LEAD_STAGE_SELECT, outcomeView, stageView } from "./record-lead-outcome";
import type { TLeadStageView, TOutcomeView } from "./outcome-types";
import { leadReadableBy } from "../leads/list-leads";

export interface TLeadLifecycle extends Omit<TLeadStageView, "id"> {
  leadId: string;
  currency: string;
  outcomes: TOutcomeView[];
  canRecord: boolean;
  nextStages: TLeadStage[];
}

export async function loadLeadLifecycle(db: DbTx, workspaceId: string, leadId: string, viewer: { userId: string; role: TRole }): Promise<TLeadLifecycle> {
  const lead = await db.lead.findFirst({
    // Read by the owner, a manager, or the rep who holds a meeting on it (recording stays the owner's: canRecord).
    where: { id: leadId, workspaceId, ...leadReadableBy(viewer) },
    select: {
      id: true,
      ...LEAD_STAGE_SELECT,
      currency: true,
      isSpam: true,
      ownerRep: { select: { userId: true } },
      outcomes: {
        orderBy: [{ occurredAt: "desc" }, { recordedAt: "desc" }],
        take: 100,
        select: { id: true, leadId: true, stage: true, occurredAt: true, recordedAt: true, amount: true, reason: true, source: true, externalId: true, actorUserId: true, repId: true },
      },
    },
  });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.");
  const canRecord = !lead.isSpam && (TEAM_MANAGER_ROLES.includes(viewer.role) || (viewer.role === "REP" && lead.ownerRep?.userId === viewer.userId));
  const { id, ...stage } = stageView(lead);
  return {
    leadId: id,
    ...stage,
    currency: lead.currency,
    outcomes: lead.outcomes.map(outcomeView),
    canRecord,
    nextStages: canRecord ? nextStages(lead.stage) : [],
  };
}
