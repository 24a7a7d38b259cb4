// The one intake pipeline's save step, used by every way a lead enters (submitForm: hosted form,
// embed, public submissions API; createLead: `POST /api/v1/leads`, imports). The callers load and
// build the lead (domain/leads/build-lead.ts); this writes it, in one transaction:
//   save:  person, repeat detection (the person's latest lead), lead, its events and the
//          lead.created webhook row in ONE statement (insert-lead.ts), then its routing (routeLeadInTx
//          writes the assignment and job rows; nothing slow runs here). Should routing itself
//          fail, the lead is stored anyway and a durable job routes it (with retries): a lead is
//          never lost.
// Idempotency: a key belongs to a scope (one form's public endpoint, or one API key). The
// (workspaceId, idempotencyScope, idempotencyKey) unique index settles concurrent retries: the
// loser's insert waits for the winner's commit, fails, and is answered with the winner's lead.
// The warnings an answer carries are stored with its key (Lead.idempotencyWarnings): a replay
// answers exactly those, whatever was published since; a lead stored before they were kept has
// none, and its caller rebuilds them from the request.
// A trusted source (an API key) updates the person's name, company and phone; an anonymous one
// only creates a person it does not know yet. Never logs answer values.
// Group commit (issue 9): a lead to route now joins its workspace's queue in this process
// (intake-batch.ts); the leads waiting together are inserted, routed under ONE hold of the
// workspace lock and committed ONCE. A batch of one, and every lead of a batch whose transaction
// failed (a duplicate idempotency key, a config published meanwhile, anything), runs alone through
// saveLeadAlone below: the semantics above are exactly those of a single lead.
import { rawSqlOf, type Db, type DbTx } from "../../db/client";
import { databaseUnavailableReason } from "../../db/connect-errors";
import { ZRequestIssues } from "../../domain/validation/request-issues";
import { newId } from "../../db/new-id";
import { CommitUnconfirmedError, errorLabel } from "../../db/raw-sql";
import { recordLockHeld } from "../routing/lock-timing";
import { RoutingConfigChangedError, routeLeadInTx } from "../routing/route-lead";
import { assertSameRequest } from "../submissions/idempotency-key";
import { isUniqueViolation } from "../submissions/lead-history";
import { createIntakeBatcher } from "./intake-batch";
import { intakeMarketingConsent } from "./intake-consent";
import { insertIntakeLead } from "./insert-lead";
import { storedLeadOf } from "./lead-row";
import { withRoutingValue } from "./intake-routing-value";
import type { TRequestIssue } from "../../domain/validation/request-issues";
import { intakeWritten } from "./intake-written";
import type { TIdempotency, TIntakeWritten, TSaveLeadInput, TSaveLeadResult, TStoredLeadRef } from "./save-lead-types";

export type { TIdempotency, TIntakeWritten, TSaveLeadInput, TSaveLeadResult, TStoredLeadRef };

/**
 * The warnings a replay answers with: those its first answer carried, stored with the key; for a
 * lead stored before they were kept, `rebuilt` from this request (the same answers, the version
 * published now). Both intake paths (createLead, submitForm) answer replays through it.
 */
export function replayedWarnings(stored: TStoredLeadRef, rebuilt: TRequestIssue[]): TRequestIssue[] {
  return stored.warnings ?? rebuilt;
}

/** The lead an earlier request with this key made, or null; VALIDATION when the key came with another request then (assertSameRequest). */
export async function findLeadByIdempotencyKey(db: Db | DbTx, workspaceId: string, idempotency: TIdempotency): Promise<TStoredLeadRef | null> {
  const lead = await db.lead.findUnique({
    where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope: idempotency.scope, idempotencyKey: idempotency.key } },
    select: { id: true, outcome: true, idempotencyFingerprint: true, idempotencyWarnings: true, formVersion: { select: { definition: true } } },
  });
  if (!lead) return null;
  assertSameRequest(lead.idempotencyFingerprint, idempotency.fingerprint);
  const warnings = ZRequestIssues.safeParse(lead.idempotencyWarnings);
  return { id: lead.id, outcome: lead.outcome, definition: lead.formVersion?.definition ?? null, warnings: warnings.success ? warnings.data : null };
}

/** This process's group commit: the routable leads of one workspace waiting together share one lock hold and one commit. */
const batcher = createIntakeBatcher(saveLeadAlone);

export async function saveLead(db: Db, unpriced: TSaveLeadInput): Promise<TSaveLeadResult> {
  // Its value in the routing currency, with the rates in force now: read once, before any transaction or lock.
  const input = await withRoutingValue(db, unpriced);
  return input.routing && input.isRoutable ? batcher.save(db, input) : saveLeadAlone(db, input);
}

/** One lead in its own transaction (and routing under its own lock hold): a batch of one, and every lead of a failed batch. */
export async function saveLeadAlone(db: Db, input: TSaveLeadInput): Promise<TSaveLeadResult> {
  const { workspaceId, person, idempotency } = input;

  // ── save ────────────────────────────────────────────────────────────────
  let routeNow = Boolean(input.routing) && input.isRoutable;
  for (let attempt = 0; ; attempt++) {
    try {
      let lockAcquiredAt: number | null = null;
      let committedAt = 0;
      const leadId = newId();
      // On the thin client (raw-sql.ts): every statement of the intake and its routing is raw SQL.
      const written = await rawSqlOf(db).transaction(async (tx): Promise<TIntakeWritten | undefined> => {
        // Person, repeat detection, lead, events and the lead.created webhook row: one statement, before any routing lock.
        const { stored } = await insertIntakeLead(tx, leadId, input);
        if (!input.routing || !input.isRoutable) return stored && intakeWritten(stored, null, input.now);
        if (!routeNow) {
          await input.routing.queue.send("routing.route-lead", { leadId, workspaceId }, { tx });
          return undefined; // routed later, by a job: the answer reads the lead
        }
        const lead = { ...storedLeadOf(leadId, input.lead, person, input.routingCurrency ?? null), isSpam: false };
        // Its marketing consent from the lead in memory: a nurture enrolment reads nothing of it under the lock.
        const consent = await intakeMarketingConsent(tx, input.lead);
        const routed = await routeLeadInTx(tx, { workspaceId, leadId, now: input.now, lead, consent }, input.routing);
        lockAcquiredAt = routed.lockAcquiredAt;
        // The lead, and its routing as written (the answer is made from them: intake-answer.ts).
        return stored && intakeWritten(stored, routed, input.now);
        // The routing lock is released at COMMIT, before the WAL flush; the answer waits for the flush (raw-sql.ts).
      }, { releaseLocksBeforeFlush: true, onCommitted: () => void (committedAt = performance.now()) });
      if (lockAcquiredAt !== null) recordLockHeld(lockAcquiredAt, committedAt);
      return { status: 201, leadId, ...(written ? { written } : {}) };
    } catch (error) {
      // Committed, maybe durable: never store it again (the caller retries with its key).
      if (error instanceof CommitUnconfirmedError) throw error;
      // A publish changed the follow-up policies while this lead was routed: once more (the roster cache is fresh now).
      if (error instanceof RoutingConfigChangedError && attempt < 2) continue;
      if (!isUniqueViolation(error)) {
        // No connection to be had: storing without routing would wait for one again (the caller gets a 503 and retries).
        if (!routeNow || databaseUnavailableReason(error)) throw error;
        console.error(`[intake] routing failed in workspace ${workspaceId}; storing the lead and routing it in a job: ${errorLabel(error)}`);
        routeNow = false;
        continue;
      }
      // Another request with this key won the race: answer as it did.
      if (idempotency) {
        const replay = await findLeadByIdempotencyKey(db, workspaceId, idempotency);
        if (replay) return { status: 200, replay };
      }
      // Otherwise another unique index answered (none is expected): once more, then give up.
      if (attempt >= 1) throw error;
    }
  }
}

