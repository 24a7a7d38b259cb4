// Reads the routing invariants of one strict pool back from the database after a concurrent run:
// one current owner per lead, assignments per rep, cap violations, the spread among the reps
// that never reached a cap. Used by the concurrency tests and the routing benchmark.
import type { Db } from "../../db/client";
import type { TStrictPool } from "./strict-pool-fixture";

export interface TRepTally {
  id: string;
  name: string;
  /** Current ROUTED assignments (= leads owned; nothing is closed or reassigned in these runs). */
  assigned: number;
  open: number;
  /** The most assignments on one UTC day (the reps' zone is UTC). */
  maxPerDay: number;
  maxOpenLeads: number | null;
  maxNewLeadsPerDay: number | null;
  /** Reached one of its caps: rotation went on without it from then on. */
  isCapped: boolean;
}

export interface TPoolInvariants {
  leads: number;
  /** Leads without exactly one current assignment (0 or ≥ 2 isCurrent rows). */
  leadsWithoutOneOwner: number;
  /** Leads with two or more current assignments (the partial unique index forbids it). */
  doubleOwners: number;
  /** Leads whose denormalised ownerRepId differs from their current assignment's rep. */
  ownerMismatches: number;
  fallbacks: number;
  reps: TRepTally[];
  capViolations: number;
  /** max − min assignments among the reps that never reached a cap. */
  uncappedSpread: number;
  /** max − min over all reps (capped reps included: large by design). */
  overallSpread: number;
}

export async function readPoolInvariants(db: Db, pool: Pick<TStrictPool, "workspaceId" | "reps">): Promise<TPoolInvariants> {
  const { workspaceId } = pool;
  const [leadRow] = await db.$queryRaw<{ leads: bigint; without_one: bigint; doubles: bigint; mismatches: bigint }[]>`
    WITH cur AS (
      SELECT l.id, l."ownerRepId", count(a.id) AS n, min(a."repId") AS rep
      FROM "Lead" l LEFT JOIN "LeadAssignment" a ON a."leadId" = l.id AND a."isCurrent"
      WHERE l."workspaceId" = ${workspaceId}
      GROUP BY l.id, l."ownerRepId")
    SELECT count(*) AS leads,
           count(*) FILTER (WHERE n <> 1) AS without_one,
           count(*) FILTER (WHERE n > 1) AS doubles,
           count(*) FILTER (WHERE n = 1 AND "ownerRepId" IS DISTINCT FROM rep) AS mismatches
    FROM cur`;
  const perRep = await db.$queryRaw<{ repId: string; assigned: bigint }[]>`
    SELECT "repId", count(*) AS assigned FROM "LeadAssignment"
    WHERE "workspaceId" = ${workspaceId} AND "isCurrent" AND kind = 'ROUTED' AND "repId" IS NOT NULL GROUP BY "repId"`;
  const open = await db.$queryRaw<{ repId: string; open: bigint }[]>`
    SELECT "ownerRepId" AS "repId", count(*) AS open FROM "Lead"
    WHERE "workspaceId" = ${workspaceId} AND "ownerRepId" IS NOT NULL AND status IN ('ASSIGNED', 'ACCEPTED') GROUP BY "ownerRepId"`;
  const perDay = await db.$queryRaw<{ repId: string; most: bigint }[]>`
    SELECT "repId", max(n) AS most FROM (
      SELECT "repId", count(*) AS n FROM "LeadAssignment"
      WHERE "workspaceId" = ${workspaceId} AND "repId" IS NOT NULL AND kind <> 'FALLBACK'
      GROUP BY "repId", date_trunc('day', "assignedAt" AT TIME ZONE 'UTC')) d
    GROUP BY "repId"`;
  const fallbacks = await db.leadAssignment.count({ where: { workspaceId, kind: "FALLBACK" } });

  const count = (rows: { repId: string }[], key: string) => new Map(rows.map((r) => [r.repId, Number((r as Record<string, unknown>)[key])]));
  const assignedBy = count(perRep, "assigned");
  const openBy = count(open, "open");
  const dayBy = count(perDay, "most");
  const reps: TRepTally[] = pool.reps.map((r) => {
    const tally = { assigned: assignedBy.get(r.id) ?? 0, open: openBy.get(r.id) ?? 0, maxPerDay: dayBy.get(r.id) ?? 0 };
    const isCapped = (r.maxOpenLeads !== null && tally.open >= r.maxOpenLeads) || (r.maxNewLeadsPerDay !== null && tally.maxPerDay >= r.maxNewLeadsPerDay);
    return { id: r.id, name: r.name, maxOpenLeads: r.maxOpenLeads, maxNewLeadsPerDay: r.maxNewLeadsPerDay, ...tally, isCapped };
  });
  const capViolations = reps.filter(
    (r) => (r.maxOpenLeads !== null && r.open > r.maxOpenLeads) || (r.maxNewLeadsPerDay !== null && r.maxPerDay > r.maxNewLeadsPerDay),
  ).length;
  const spread = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values) - Math.min(...values));
  return {
    leads: Number(leadRow?.leads ?? 0),
    leadsWithoutOneOwner: Number(leadRow?.without_one ?? 0),
    doubleOwners: Number(leadRow?.doubles ?? 0),
    ownerMismatches: Number(leadRow?.mismatches ?? 0),
    fallbacks,
    reps,
    capViolations,
    uncappedSpread: spread(reps.filter((r) => !r.isCapped).map((r) => r.assigned)),
    overallSpread: spread(reps.map((r) => r.assigned)),
  };
}

/** One line per rep: "Rep 01  40 (open cap 40, capped)". */
export function describeTallies(reps: readonly TRepTally[]): string[] {
  return reps.map((r) => {
    const caps = [r.maxOpenLeads !== null ? `open cap ${r.maxOpenLeads}` : null, r.maxNewLeadsPerDay !== null ? `daily cap ${r.maxNewLeadsPerDay}` : null].filter(Boolean).join(", ");
    return `${r.name}  ${String(r.assigned).padStart(5)}  (${caps || "no cap"}${r.isCapped ? ", capped" : ""})`;
  });
}
