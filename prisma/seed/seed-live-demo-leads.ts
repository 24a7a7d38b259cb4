// Puts the demo's live leads (demo-live-submissions.ts) into the demo workspace through the real
// intake pipeline — submitForm, what the hosted form, the embed and the public submissions API
// call — so each gets what a live lead gets: score and tier, a routing decision with its reasons
// made at `now` (reps off duty right now are skipped, as they would be), the assignment, load
// counters, and the job rows (alert, review, SLA timers, nurture enrolment, webhooks) written in
// its transaction. Nothing is sent here: the app's workers run those jobs once it starts.
// Called after the history (history leads are all closed) by the first `npm run dev` and
// `npm run db:seed` with history; never in production nor in the e2e harness (SEED_HISTORY=false).
// Idempotent: each submission carries its own Idempotency-Key, so a rerun (db:seed -- --history)
// replays the leads already there — kept as the newcomer left them — and adds none; a re-created
// demo workspace (--reset) has a new form, hence new keys' scope, and gets them afresh.
import type { Db } from "../../server/db/client";
import { AppError } from "../../server/errors";
import { unlimitedRateLimits } from "../../server/services/rate-limit/rate-limits";
import type { TFollowUpDeps } from "../../server/services/routing/follow-up-jobs";
import { submitForm } from "../../server/services/submissions/submit-form";
import { DEMO_LIVE_SUBMISSIONS, type TDemoLiveSubmission } from "./demo-live-submissions";

/** Time between two live leads' submissions (40 s), the last one at `now`: the inbox shows them in order. */
const SPACING_MS = 40_000;

export interface TLiveDemoLeads {
  /** The live leads' ids (new and kept), in submission order. */
  leadIds: string[];
  /** Submitted now (201). */
  submitted: number;
  /** Already there from an earlier seed (replayed by their Idempotency-Key: 200). */
  kept: number;
  /** Refused by the published form (e.g. the demo form was edited since): not submitted. */
  skipped: number;
  /** Where the live leads are now (their current state, kept ones included): reps' names (a provisional assignment, awaiting review, included), the backup queue, nurture. */
  routes: { assignedTo: string[]; awaitingReview: number; inBackupQueue: number; nurtured: number; other: number };
}

/** Submits the demo's live leads to the form at /f/demo at `now` (the last one) with the app's follow-up deps; see the header. */
export async function seedLiveDemoLeads(db: Db, routing: TFollowUpDeps, now: Date, submissions: readonly TDemoLiveSubmission[] = DEMO_LIVE_SUBMISSIONS): Promise<TLiveDemoLeads> {
  const rateLimit = unlimitedRateLimits().formSubmission;
  const leadIds: string[] = [];
  let submitted = 0;
  let kept = 0;
  let skipped = 0;
  for (const [index, submission] of submissions.entries()) {
    const at = new Date(now.getTime() - (submissions.length - 1 - index) * SPACING_MS);
    try {
      const result = await submitForm(db, {
        slug: "demo",
        body: { answers: submission.answers, context: submission.context },
        idempotencyKey: submission.key,
        ip: "127.0.0.1",
        now: at,
        rateLimit,
        routing,
      });
      leadIds.push(result.response.leadId);
      if (result.status === 201) submitted++;
      else kept++;
    } catch (error) {
      // A demo form edited or unpublished since: that lead is left out; nothing else is.
      if (!(error instanceof AppError)) throw error;
      skipped++;
    }
  }
  return { leadIds, submitted, kept, skipped, routes: await loadRoutes(db, leadIds) };
}

/** Where the leads are now: the current assignment's rep (and whether it awaits review), the backup queue, nurture, anything else. */
async function loadRoutes(db: Db, leadIds: string[]): Promise<TLiveDemoLeads["routes"]> {
  const leads = await db.lead.findMany({
    where: { id: { in: leadIds } },
    select: { status: true, assignments: { where: { isCurrent: true }, select: { isProvisional: true, rep: { select: { user: { select: { name: true, email: true } } } } } } },
  });
  const routes: TLiveDemoLeads["routes"] = { assignedTo: [], awaitingReview: 0, inBackupQueue: 0, nurtured: 0, other: 0 };
  for (const lead of leads) {
    const current = lead.assignments[0];
    if (lead.status === "NURTURE") routes.nurtured++;
    else if (lead.status === "FALLBACK") routes.inBackupQueue++;
    else if (current?.rep) {
      routes.assignedTo.push(current.rep.user.name ?? current.rep.user.email);
      if (current.isProvisional) routes.awaitingReview++;
    } else routes.other++;
  }
  return routes;
}

/** The line `npm run dev` (first start) and `npm run db:seed` print about the live leads. */
export function liveDemoLeadsLine(result: TLiveDemoLeads): string {
  const { routes } = result;
  const where = [
    routes.assignedTo.length > 0 ? `${routes.assignedTo.length} assigned: ${namesWithCounts(routes.assignedTo)}${routes.awaitingReview > 0 ? ` — ${routes.awaitingReview} of them awaiting the manager's review` : ""}` : null,
    routes.inBackupQueue > 0 ? `${routes.inBackupQueue} in the backup queue` : null,
    routes.nurtured > 0 ? `${routes.nurtured} in nurture` : null,
    routes.other > 0 ? `${routes.other} closed or moved on` : null,
  ].filter(Boolean);
  const total = result.leadIds.length;
  const what =
    result.kept === 0
      ? `${leads(total)} submitted through the demo form and routed now`
      : result.submitted === 0
        ? `${leads(total, "")} kept from an earlier seed, none added`
        : `${leads(result.submitted, "")} submitted and routed now, ${result.kept} kept from an earlier seed`;
  const skipped = result.skipped > 0 ? `; ${result.skipped} refused by the edited demo form` : "";
  const jobs = result.submitted > 0 ? "; alerts, SLA timers and nurture emails run as jobs once the app starts" : "";
  return `Demo live leads: ${what} (${where.join("; ") || "none"}${skipped})${jobs}.`;
}

/** "7 open leads", "1 lead". */
function leads(n: number, adjective = "open "): string {
  return `${n} ${adjective}lead${n === 1 ? "" : "s"}`;
}

/** "Tom Becker ×3, Maya Rodriguez ×2, Sarah Chen": each name once, most leads first. */
function namesWithCounts(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([name, n]) => (n > 1 ? `${name} ×${n}` : name))
    .join(", ");
}
