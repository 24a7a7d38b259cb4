// Group commit for the intake (issue 9): one commit per lead caps a workspace at what one lock
// hold + one commit allow, so the routable leads of one workspace that wait in this process are
// saved together. A lead joins its workspace's queue; when no batch of that workspace is in
// flight it starts one with what is queued (up to MAX_BATCH); leads arriving meanwhile wait for
// the next. One batch = ONE transaction: each lead inserted as alone (person, lead, events,
// lead.created webhook row, before the lock), then routeLeadsInTx (one lock hold, one live read,
// the decisions in arrival order, their writes in one statement), ONE commit; each request gets its own answer.
// A batch never holds two leads of one email (the second waits: repeat detection and the nurture
// step read the person's earlier leads) nor leads of different 15-minute spans (all current UTC
// offsets are whole quarter hours, so the batch shares every rep's local day and week).
// Failure isolation: if the batch's transaction fails for any reason (a duplicate idempotency
// key, a config published meanwhile…), each of its leads runs alone (`saveAlone`, today's
// single-lead path), so replays, "a lead is never lost" and the routing-job fallback are exactly
// a single lead's. A batch of one is that path too.
import { rawSqlOf, type Db } from "../../db/client";
import { newId } from "../../db/new-id";
import { CommitUnconfirmedError, errorLabel } from "../../db/raw-sql";
import { recordBatchLockHeld } from "../routing/lock-timing";
import { routeLeadsInTx } from "../routing/route-leads-batch";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { intakeMarketingConsent } from "./intake-consent";
import { insertIntakeLead } from "./insert-lead";
import { intakeWritten } from "./intake-written";
import { storedLeadOf } from "./lead-row";
import type { TSaveLeadInput, TSaveLeadResult } from "./save-lead-types";

/** Leads per batch at most. */
export const MAX_BATCH = 32;
const SPAN_MS = 15 * 60_000;

type TSaveAlone = (db: Db, input: TSaveLeadInput) => Promise<TSaveLeadResult>;

interface TWaiting {
  db: Db;
  input: TSaveLeadInput & { routing: TFollowUpDeps };
  resolve: (result: TSaveLeadResult) => void;
  reject: (error: unknown) => void;
}

/** Counters for diagnostics and tests: batches run (of two or more leads), their leads, leads saved alone, batches that failed. */
export interface TIntakeBatchStats {
  batches: number;
  batchedLeads: number;
  aloneLeads: number;
  failedBatches: number;
}

const stats: TIntakeBatchStats = { batches: 0, batchedLeads: 0, aloneLeads: 0, failedBatches: 0 };

/** This process's counters since it started (a copy). */
export function intakeBatchStats(): TIntakeBatchStats {
  return { ...stats };
}

export function createIntakeBatcher(saveAlone: TSaveAlone) {
  const queues = new Map<string, TWaiting[]>();
  const inFlight = new Set<string>();

  async function drain(workspaceId: string): Promise<void> {
    inFlight.add(workspaceId);
    try {
      for (let queue = queues.get(workspaceId); queue && queue.length > 0; queue = queues.get(workspaceId)) {
        const batch = takeBatch(queue);
        if (queue.length === 0) queues.delete(workspaceId);
        await run(batch);
      }
    } finally {
      inFlight.delete(workspaceId);
    }
  }

  async function run(batch: TWaiting[]): Promise<void> {
    if (batch.length === 1) {
      stats.aloneLeads++;
      await settle(batch[0]!, () => saveAlone(batch[0]!.db, batch[0]!.input));
      return;
    }
    try {
      const saved = await saveBatch(batch[0]!.db, batch.map((w) => w.input));
      stats.batches++;
      stats.batchedLeads += batch.length;
      batch.forEach((w, i) => w.resolve(saved[i]!));
    } catch (error) {
      // Committed but not confirmed on disk: the leads may well be stored, so none is saved again (each request fails; a retry with its key is answered as usual).
      if (error instanceof CommitUnconfirmedError) {
        stats.failedBatches++;
        batch.forEach((w) => w.reject(error));
        return;
      }
      // Each lead alone, as if it had never been batched (the transaction left nothing behind).
      // A duplicate idempotency key or a publish meanwhile is expected now and then; say which (never the answers).
      console.warn(`[intake] a batch of ${batch.length} leads in workspace ${batch[0]!.input.workspaceId} failed (${errorLabel(error)}); saving each alone`);
      stats.failedBatches++;
      stats.aloneLeads += batch.length;
      await Promise.all(batch.map((w) => settle(w, () => saveAlone(w.db, w.input))));
    }
  }

  return {
    /** Saves a lead that is routed now (input.routing set, input.isRoutable): with the leads of its workspace waiting with it. */
    save(db: Db, input: TSaveLeadInput): Promise<TSaveLeadResult> {
      const routing = input.routing;
      if (!routing || !input.isRoutable) return saveAlone(db, input);
      return new Promise<TSaveLeadResult>((resolve, reject) => {
        const key = input.workspaceId;
        const queue = queues.get(key) ?? [];
        queue.push({ db, input: { ...input, routing }, resolve, reject });
        queues.set(key, queue);
        if (!inFlight.has(key)) void drain(key);
      });
    },
  };
}

async function settle(waiting: TWaiting, save: () => Promise<TSaveLeadResult>): Promise<void> {
  try {
    waiting.resolve(await save());
  } catch (error) {
    waiting.reject(error);
  }
}

/**
 * Whether two leads' follow-up deps are the same: every field (the queue, URL, secret, mail
 * config, and any field added later) the same value. Compared field by field, not as objects: the
 * app's route handlers make a fresh deps object per request (getAppFollowUpDeps), and comparing
 * the objects kept every lead through HTTP in a batch of one.
 */
export function sameFollowUpDeps(a: TFollowUpDeps | undefined, b: TFollowUpDeps | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof TFollowUpDeps)[]);
  return [...fields].every((field) => a[field] === b[field]);
}

/**
 * Takes the next batch off the queue (in place), in arrival order: the first lead, then those
 * that may share its transaction (same database, the same follow-up deps, same 15-minute span, an
 * email not yet in the batch), up to MAX_BATCH. The others keep their places.
 */
export function takeBatch<T extends { db: unknown; input: { now: Date; person: { email: string } | null; routing?: TFollowUpDeps | undefined } }>(queue: T[]): T[] {
  const first = queue[0]!;
  const span = Math.floor(first.input.now.getTime() / SPAN_MS);
  const emails = new Set<string>();
  const batch: T[] = [];
  const rest: T[] = [];
  for (const item of queue) {
    const email = item.input.person?.email.toLowerCase() ?? null;
    const fits =
      batch.length < MAX_BATCH &&
      item.db === first.db &&
      sameFollowUpDeps(item.input.routing, first.input.routing) &&
      Math.floor(item.input.now.getTime() / SPAN_MS) === span &&
      (email === null || !emails.has(email));
    if (!fits) {
      rest.push(item);
      continue;
    }
    if (email !== null) emails.add(email);
    batch.push(item);
  }
  queue.splice(0, queue.length, ...rest);
  return batch;
}

/** The batch's one transaction: every lead inserted, then all routed under one lock hold; each lead's answer in order (with what was written, when asked). */
async function saveBatch(db: Db, inputs: (TSaveLeadInput & { routing: TFollowUpDeps })[]): Promise<TSaveLeadResult[]> {
  const { workspaceId, routing } = inputs[0]!;
  const leadIds = inputs.map(() => newId());
  let lockAcquiredAt: number | null = null;
  let committedAt = 0;
  const written = await rawSqlOf(db).transaction(
    async (tx) => {
      const inserted = [];
      for (const [i, input] of inputs.entries()) inserted.push(await insertIntakeLead(tx, leadIds[i]!, input));
      const leads = [];
      for (const [i, input] of inputs.entries()) {
        // Its marketing consent from the lead in memory (before the lock: a nurture enrolment reads nothing of the lead under it).
        const consent = await intakeMarketingConsent(tx, input.lead);
        leads.push({ leadId: leadIds[i]!, lead: storedLeadOf(leadIds[i]!, input.lead, input.person, input.routingCurrency ?? null), now: input.now, consent });
      }
      const routed = await routeLeadsInTx(tx, workspaceId, leads, routing);
      lockAcquiredAt = routed.lockAcquiredAt;
      const { rosterVersion, durationMs } = routed;
      return inserted.map(({ stored }, i) => stored && intakeWritten(stored, { decision: routed.decisions[i]!, assignment: routed.assignments[i]!, rosterVersion, durationMs }, inputs[i]!.now));
    },
    // The lock is released at COMMIT, before the WAL flush; the answers wait for the flush (raw-sql.ts).
    { releaseLocksBeforeFlush: true, onCommitted: () => void (committedAt = performance.now()) },
  );
  if (lockAcquiredAt !== null) recordBatchLockHeld(lockAcquiredAt, committedAt, inputs.length);
  return leadIds.map((leadId, i) => ({ status: 201, leadId, ...(written[i] ? { written: written[i] } : {}) }));
}
