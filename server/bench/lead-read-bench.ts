// What the lead resource's one-statement read (loadLeadResourceData: every POST /api/v1/leads
// answer and every rep alert) costs in a 1,000-rep workspace, with the reps' and teams' names held
// by the process at the roster's version (the statement only compares the version) against the
// same statement reading every name afresh, as each read did before the names were held. Then the
// lead's decision record itself (999 skipped reps) in its two stored forms (stored-decision.ts):
// packed, as routing stores it now, against the plain list it stored before — its size, the
// statement that stores it (for the packed form with the packing and JSON in this process
// counted), and the read of a lead whose record is in each form. Each pair alternates one by one,
// so both sides see the same machine. Wall time and this process's CPU per call; the server's
// share is the difference.
import type { DbHandle } from "../db/client";
import { handleCreateLead } from "../api/rest/handle-leads";
import { packDecision, packSkipped, readStoredDecision } from "../domain/routing/stored-decision";
import { createApiKey } from "../services/api-keys/api-keys";
import { loadLeadResourceData } from "../services/leads/lead-resource-data";
import { forgetNames } from "../services/leads/workspace-names-cache";
import { openRoutingProcess } from "../testing/concurrency/routing-process";
import { seedStrictPool } from "../testing/concurrency/strict-pool-fixture";
import { testDefinition, testScoring, validAnswers } from "../testing/fixtures/submission-fixtures";
import { cpuMicros, fmt, percentile } from "./stats";

const REPS = 1_000;
const READS = 300;
const WARM_UP = 30;

interface TSample {
  wallMs: number;
  cpuMs: number;
}

async function sample(read: () => Promise<unknown>): Promise<TSample> {
  const cpu = cpuMicros();
  const wall = performance.now();
  await read();
  return { wallMs: performance.now() - wall, cpuMs: (cpuMicros() - cpu) / 1000 };
}

const summary = (samples: TSample[]) => {
  const wall = samples.map((s) => s.wallMs).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpuMs).sort((a, b) => a - b);
  return { p50: percentile(wall, 50), p99: percentile(wall, 99), cpuP50: percentile(cpu, 50) };
};

/** Seeds a 1,000-rep pool in the (migrated) database of `handle`, routes two leads and times reads and writes of their records. */
export async function runLeadReadBench(handle: DbHandle, url: string): Promise<string[]> {
  const pool = await seedStrictPool(handle.db, { reps: REPS, smallOpenCap: 40, dailyCap: 60, bigOpenCap: 100_000, form: { definition: testDefinition, scoring: testScoring() } });
  const { key } = await createApiKey(handle.db, { workspaceId: pool.workspaceId, name: "lead read", scopes: ["leads:write"] });
  const app = await openRoutingProcess(url, 2);
  const leadIds: string[] = [];
  try {
    for (const name of ["reader", "plain"]) {
      const request = new Request("http://bench.local/api/v1/leads", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ form: pool.formSlug, answers: validAnswers({ email: `${name}@bench-read.example.com`, name: `${name} Lead` }), source: "bench" }),
      });
      const response = await handleCreateLead(app.handle.db, request, new Date(), app.deps);
      if (response.status !== 201) throw new Error(`POST /api/v1/leads answered ${response.status}: ${await response.text()}`);
      leadIds.push(((await response.json()) as { lead: { id: string } }).lead.id);
    }
  } finally {
    await app.close();
  }
  const [leadId, plainLeadId] = leadIds as [string, string];
  const read = () => loadLeadResourceData(handle.sql, pool.workspaceId, leadId);
  const afresh = () => {
    forgetNames(pool.workspaceId);
    return read();
  };
  for (let i = 0; i < WARM_UP; i++) await (i % 2 ? read() : afresh());
  const held: TSample[] = [];
  const fresh: TSample[] = [];
  for (let i = 0; i < READS; i++) {
    fresh.push(await sample(afresh));
    held.push(await sample(read));
  }
  const [h, f] = [summary(held), summary(fresh)];
  const records = await recordFigures(handle, pool.workspaceId, leadId, plainLeadId);
  const ms = (value: number) => `${fmt(value, 2)} ms`;
  const kb = (bytes: number) => `${fmt(bytes / 1024, 0)} KB`;
  const line = (label: string, s: ReturnType<typeof summary>) => `${label} p50 ${ms(s.p50)} · p99 ${ms(s.p99)} · this process's CPU p50 ${ms(s.cpuP50)}`;
  return [
    `Lead resource read (every POST /api/v1/leads answer and rep alert), ${REPS}-rep workspace, ${READS} reads each way, alternating:`,
    line("  names read afresh by the statement (before):", f),
    line("  names held at the roster version (now):     ", h),
    `  ratio held ÷ afresh: p50 ${fmt(h.p50 / f.p50)}× · CPU ${fmt(h.cpuP50 / f.cpuP50)}×`,
    `The lead's decision record (${REPS - 1} skipped reps, each with its reasons; ${records.distinctReasons} distinct reason lists), plain as stored before against packed as stored now, ${READS} each way, alternating:`,
    `  size: plain ${kb(records.plain.text)} of JSON, ${kb(records.plain.stored)} stored · packed ${kb(records.packed.text)} of JSON, ${kb(records.packed.stored)} stored = ${fmt(records.packed.text / records.plain.text)}× the JSON`,
    `  of the JSON, the skipped reps: plain ${kb(records.plain.skipped)} · packed ${kb(records.packed.skipped)}; the rotation state kept for Replay (every member's count): ${kb(records.packed.rotation)}`,
    line("  storing it, plain (JSON + statement):        ", records.storePlain),
    line("  storing it, packed (pack + JSON + statement):", records.storePacked),
    line("  the lead resource read, record plain:        ", records.readPlain),
    line("  the lead resource read, record packed:       ", records.readPacked),
    `  ratio packed ÷ plain: storing p50 ${fmt(records.storePacked.p50 / records.storePlain.p50)}× · CPU ${fmt(records.storePacked.cpuP50 / records.storePlain.cpuP50)}× · reading p50 ${fmt(records.readPacked.p50 / records.readPlain.p50)}× · CPU ${fmt(records.readPacked.cpuP50 / records.readPlain.cpuP50)}×`,
  ];
}

/**
 * The two stored forms of one routed lead's record: `plainLeadId`'s record is rewritten in the
 * plain form (a release before packing would have stored it so), `leadId`'s stays packed. Storing
 * is timed on a scratch table of one jsonb column (logged, as LeadAssignment is), so that the
 * assignment's triggers (load counters, the lead's touch) do not hide the record's own cost and
 * both leads keep their forms for the reads.
 */
async function recordFigures(handle: DbHandle, workspaceId: string, leadId: string, plainLeadId: string) {
  const [row] = await handle.sql.$queryRaw<{ decision: unknown }[]>`SELECT "decision" FROM "LeadAssignment" WHERE "leadId" = ${leadId} AND "isCurrent"`;
  const decision = readStoredDecision(row?.decision);
  if (!row || !decision) throw new Error("The routed lead has no decision record");
  await handle.sql.$executeRaw`UPDATE "LeadAssignment" SET "decision" = ${JSON.stringify(decision)}::jsonb WHERE "leadId" = ${plainLeadId} AND "isCurrent"`;
  const sizes = await handle.sql.$queryRaw<{ leadId: string; text: number; stored: number; skipped: number; rotation: number }[]>`
    SELECT "leadId", octet_length("decision"::text)::int AS "text", pg_column_size("decision")::int AS "stored",
           octet_length(COALESCE("decision"->'skippedPacked', "decision"->'skipped')::text)::int AS "skipped", octet_length(("decision"->'rotationUpdates')::text)::int AS "rotation"
      FROM "LeadAssignment" WHERE "leadId" IN (${leadId}, ${plainLeadId}) AND "isCurrent"`;
  const size = (id: string) => sizes.find((s) => s.leadId === id) ?? { text: 0, stored: 0, skipped: 0, rotation: 0 };
  await handle.sql.$executeRawUnsafe(`CREATE TABLE bench_decision_scratch ("id" int PRIMARY KEY, "decision" jsonb NOT NULL)`);
  const store = (text: string) => handle.sql.$executeRaw`
    INSERT INTO bench_decision_scratch ("id", "decision") VALUES (1, ${text}::jsonb) ON CONFLICT ("id") DO UPDATE SET "decision" = EXCLUDED."decision"`;
  const storePlain = () => store(JSON.stringify(decision));
  const storePacked = () => store(JSON.stringify(packDecision(decision)));
  const plainSamples: TSample[] = [];
  const packedSamples: TSample[] = [];
  for (let i = 0; i < WARM_UP; i++) await (i % 2 ? storePacked() : storePlain());
  for (let i = 0; i < READS; i++) {
    plainSamples.push(await sample(storePlain));
    packedSamples.push(await sample(storePacked));
  }
  await handle.sql.$executeRawUnsafe(`DROP TABLE bench_decision_scratch`);
  const readPlain: TSample[] = [];
  const readPacked: TSample[] = [];
  const readOf = (id: string) => () => loadLeadResourceData(handle.sql, workspaceId, id);
  for (let i = 0; i < WARM_UP; i++) await readOf(i % 2 ? leadId : plainLeadId)();
  for (let i = 0; i < READS; i++) {
    readPlain.push(await sample(readOf(plainLeadId)));
    readPacked.push(await sample(readOf(leadId)));
  }
  return {
    distinctReasons: packSkipped(decision.skipped).reasons.length,
    plain: size(plainLeadId),
    packed: size(leadId),
    storePlain: summary(plainSamples),
    storePacked: summary(packedSamples),
    readPlain: summary(readPlain),
    readPacked: summary(readPacked),
  };
}
