// A workspace with history for the routing bench: the leads a busy workspace has had in the last 30
// days (each with its own person; emails in mixed case, as people type them) and, for every third
// of them, an active nurture enrolment. The routing path reads a person's leads by email under the
// workspace lock (has the person an active enrolment? which enrolments does a routed lead end?) and
// the intake reads the person's latest lead (repeat detection): those reads must cost the same in a
// workspace with tens of thousands of earlier leads as in a new one. Written by SQL in a few statements (copies of
// one routed lead, nothing routed or counted: the copies are nurture leads without an owner).
import type { Db } from "../db/client";
import { createSequence, publishSequence } from "../services/nurture/sequences";

export interface TWorkspaceHistory {
  leads: number;
  activeEnrollments: number;
  /** The email of history person `n` as a returning prospect types it now (lower case). */
  returningEmail: (n: number) => string;
}

export const historyEmail = (n: number) => `History${n}@Hist${n % 500}.example.com`;

/** Adds `leads` earlier leads (one person each) to the workspace, every third with an active enrolment. */
export async function seedWorkspaceHistory(db: Db, workspaceId: string, leads: number, now: Date): Promise<TWorkspaceHistory> {
  const template = await db.lead.findFirst({ where: { workspaceId }, select: { id: true }, orderBy: { submittedAt: "asc" } });
  if (!template) throw new Error("seedWorkspaceHistory: the workspace needs one lead to copy");
  const { id: sequenceId } = await createSequence(db, workspaceId, { name: "Bench history", draft: { steps: [{ id: "welcome", type: "email", subject: "Hello", body: "Hi" }, { id: "end", type: "end" }] } as never });
  await publishSequence(db, workspaceId, sequenceId, now);
  const version = await db.nurtureSequenceVersion.findFirstOrThrow({ where: { sequenceId }, select: { id: true } });
  const at = now.toISOString();
  await db.$executeRaw`
    INSERT INTO "Person" ("id", "workspaceId", "email", "emailDomain", "name", "createdAt", "updatedAt")
    SELECT 'hist_p' || g, ${workspaceId}, 'History' || g || '@Hist' || (g % 500) || '.example.com', 'hist' || (g % 500) || '.example.com', 'History ' || g,
           ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM generate_series(1, ${leads}::int) g`;
  // At most 40,000 minutes ≈ 28 days ago: all inside the repeat window.
  await db.$executeRaw`
    INSERT INTO "Lead"
    SELECT (jsonb_populate_record(NULL::"Lead", to_jsonb(l) || jsonb_build_object(
             'id', 'hist_l' || g, 'personId', 'hist_p' || g, 'idempotencyKey', NULL, 'idempotencyScope', NULL, 'repeatOfLeadId', NULL,
             'status', 'NURTURE', 'ownerRepId', NULL, 'routingOutcome', 'nurture',
             'submittedAt', (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(mins => g)))).*
      FROM generate_series(1, ${leads}::int) g, (SELECT * FROM "Lead" WHERE "id" = ${template.id}) l`;
  const activeEnrollments = await db.$executeRaw`
    INSERT INTO "NurtureEnrollment" ("id", "workspaceId", "leadId", "sequenceId", "versionId", "status", "enrolledAt")
    SELECT 'hist_e' || g, ${workspaceId}, 'hist_l' || g, ${sequenceId}, ${version.id}, 'ACTIVE', ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM generate_series(1, ${leads}::int, 3) g`;
  // Settle what a bulk load leaves behind (dirty pages, dead tuples, missing statistics) before
  // the timed run, so it measures the reads, not this load's checkpoint and autovacuum.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Person", "Lead", "NurtureEnrollment"`);
  await db.$executeRawUnsafe(`CHECKPOINT`).catch(() => undefined); // needs pg_checkpoint (PostgreSQL 15+) or a superuser
  return { leads, activeEnrollments, returningEmail: (n) => historyEmail(n).toLowerCase() };
}
