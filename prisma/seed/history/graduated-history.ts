// The demo history's graduates (nurture-history.ts: a click lifted the lead into sales-ready), ended
// as the live product ends them (services/nurture/engagement.ts → routing/route-lead.ts →
// save-decision.ts): at the click, routing runs again with the nurture path skipped ("skipped:
// graduated from nurture") and NURTURE_GRADUATED first among the reasons; the lead gets its
// assignment (ROUTED, or FALLBACK when no rep is eligible) with that decision record, its owner,
// routedAt the graduation and a "routed" timeline event (after its submission's, to nurture); it keeps its first decision's path and
// outcome (nurture), as save-decision.ts keeps them. The rep then accepts and works it as the
// history's sales leads are worked (generate-history.ts: SLA reminders and reassignments, first
// contact, stages, a meeting booked with the rep — from the emailed link or by the rep, never on the
// post-submit page —, fit feedback), all after the graduation and never after `now`; graduates are
// worked after the sales leads, so their meetings take slots the sales leads left. Not replayed:
// the rep's alert and the nurture.graduated webhook event (job rows: the history writes none).
// No I/O.
import type { THistoryGraduation, THistoryLead, THistoryRoster } from "./history-types";

type TGraduationReason = THistoryGraduation["reason"];

/** A history decision record as routing makes it for a graduate: the reason first, the nurture path skipped. Unchanged without a graduation. */
export function withGraduation<T extends { reasons: unknown[]; pathsTried: unknown[] }>(decision: T, graduation: TGraduationReason | null, nurturePath: Pick<THistoryRoster["paths"][number], "id" | "name"> | undefined): T {
  if (!graduation) return decision;
  const skipped = nurturePath ? [{ pathId: nurturePath.id, pathName: nurturePath.name, matched: true, result: "skipped: graduated from nurture" }] : [];
  return { ...decision, reasons: [graduation, ...decision.reasons], pathsTried: [...skipped, ...decision.pathsTried] };
}

/**
 * The graduate routed and worked: `route` routes the lead at the graduation with its reason and
 * works it to its close (generate-history.ts); this adds the "routed" event save-decision.ts writes
 * and keeps the lead's first path and outcome.
 */
export function graduatedLead(lead: THistoryLead, graduation: THistoryGraduation, route: (at: Date, reason: TGraduationReason) => THistoryLead): THistoryLead {
  const worked = route(graduation.at, graduation.reason);
  const first = worked.assignments[0];
  if (!first) return lead;
  const { outcome, pathId, pathName } = first.decision as { outcome: string; pathId: string; pathName: string };
  const data = { outcome, pathId, pathName, repId: first.repId, configVersion: 1, durationMs: 0.2, assignmentId: first.id, note: null };
  // Its id sorts after the nurture events of the same instant (the click, the exit), as live writes them first.
  const routed = { id: `${lead.id}nr`, type: "routed" as const, data, occurredAt: first.assignedAt };
  // After the entries of its first routing (to nurture, at the submission: generate-history.ts).
  return { ...worked, routingPathId: lead.routingPathId, routingOutcome: lead.routingOutcome, events: [...lead.events, routed, ...worked.events] };
}
