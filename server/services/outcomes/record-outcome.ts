// recordLeadOutcome in a transaction of its own, for transports (the inbox, the lead page, the
// REST API): starts the webhook queue first (PGlite is one connection), and answers a race on the
// same externalId (two deliveries of one CRM event at once) with the first recording.
// Working a lead accepts it: an outcome that will be recorded on a lead whose assignment waits for
// acceptance accepts it first (acceptLeadInTx: the accepted entry, nurture ended, SLA timers made
// no-ops, lead.accepted), so the SLA does not take the lead from the rep afterwards. Under the
// workspace routing lock, taken before the lead's row lock (the order routing and the SLA take them).
import type { Db, DbTx } from "../../db/client";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { acceptLeadInTx } from "./accept-lead";
import { actorUserId, prepareLeadOutcome, recordLeadOutcome, type TRecordOutcomeDeps } from "./record-lead-outcome";
import type { TRecordOutcomeInput, TRecordOutcomeResult } from "./outcome-types";

const isUniqueViolation = (error: unknown): boolean => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export async function recordOutcome(db: Db, input: TRecordOutcomeInput, deps: TRecordOutcomeDeps = {}): Promise<TRecordOutcomeResult> {
  await deps.webhooks?.start();
  try {
    return await db.$transaction((tx) => recordWorkedOutcome(tx, input, deps));
  } catch (error) {
    if (!input.externalId || !isUniqueViolation(error)) throw error;
    return db.$transaction((tx) => recordWorkedOutcome(tx, input, deps));
  }
}

/** A person or an integrator working the lead: accept its waiting assignment, then record (see the header). */
async function recordWorkedOutcome(tx: DbTx, input: TRecordOutcomeInput, deps: TRecordOutcomeDeps): Promise<TRecordOutcomeResult> {
  const isWork = input.source === "INBOX" || input.source === "LEAD_PAGE" || input.source === "API";
  const peek = isWork ? await tx.lead.findFirst({ where: { id: input.leadId, workspaceId: input.workspaceId }, select: { status: true } }) : null;
  if (peek?.status === "ASSIGNED") {
    await lockWorkspaceRouting(tx, input.workspaceId);
    const prepared = await prepareLeadOutcome(tx, input);
    if (prepared.kind === "answered") return prepared.result;
    const { lead } = prepared;
    const waiting = lead.status === "ASSIGNED" && lead.ownerRepId ? await tx.leadAssignment.findFirst({ where: { leadId: lead.id, repId: lead.ownerRepId, isCurrent: true, acceptedAt: null }, select: { id: true } }) : null;
    if (waiting) {
      const how = { via: "outcome" as const, stage: input.stage, source: input.source, byUserId: actorUserId(input.actor) };
      await acceptLeadInTx(tx, { workspaceId: input.workspaceId, leadId: lead.id, assignmentId: waiting.id, how, now: input.now }, { webhooks: deps.webhooks });
    }
  }
  return recordLeadOutcome(tx, input, deps);
}
