// What the lead resource's one-statement read (loadLeadResourceData: every POST /api/v1/leads
// answer and every rep alert) costs in a 1,000-rep workspace, with the reps' and teams' names held
// by the process at the roster's version (the statement only compares the version) against the
// same statement reading every name afresh, as each read did before the names were held. Reads
// alternate between the two ways, one by one, so both see the same machine. Wall time and this
// process's CPU per read; the server's share is the difference.
import type { DbHandle } from "../db/client";
import { handleCreateLead } from "../api/rest/handle-leads";
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

/** Seeds a 1,000-rep pool in the (migrated) database of `handle`, routes one lead and times its read both ways. */
export async function runLeadReadBench(handle: DbHandle, url: string): Promise<string[]> {
  const pool = await seedStrictPool(handle.db, { reps: REPS, smallOpenCap: 40, dailyCap: 60, bigOpenCap: 100_000, form: { definition: testDefinition, scoring: testScoring() } });
  const { key } = await createApiKey(handle.db, { workspaceId: pool.workspaceId, name: "lead read", scopes: ["leads:write"] });
  const app = await openRoutingProcess(url, 2);
  let leadId: string;
  try {
    const request = new Request("http://bench.local/api/v1/leads", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ form: pool.formSlug, answers: validAnswers({ email: "reader@bench-read.example.com", name: "Read Lead" }), source: "bench" }),
    });
    const response = await handleCreateLead(app.handle.db, request, new Date(), app.deps);
    if (response.status !== 201) throw new Error(`POST /api/v1/leads answered ${response.status}: ${await response.text()}`);
    leadId = ((await response.json()) as { lead: { id: string } }).lead.id;
  } finally {
    await app.close();
  }
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
  // What is left at 1,000 reps is mostly the lead's own decision record: every skipped rep with its reasons.
  const [size] = await handle.sql.$queryRaw<{ text: number; stored: number }[]>`
    SELECT octet_length("decision"::text)::int AS "text", pg_column_size("decision")::int AS "stored" FROM "LeadAssignment" WHERE "leadId" = ${leadId}`;
  const ms = (value: number) => `${fmt(value, 2)} ms`;
  return [
    `Lead resource read (every POST /api/v1/leads answer and rep alert), ${REPS}-rep workspace, ${READS} reads each way, alternating:`,
    `  names read afresh by the statement (before): p50 ${ms(f.p50)} · p99 ${ms(f.p99)} · this process's CPU p50 ${ms(f.cpuP50)}`,
    `  names held at the roster version (now):      p50 ${ms(h.p50)} · p99 ${ms(h.p99)} · this process's CPU p50 ${ms(h.cpuP50)}`,
    `  ratio held ÷ afresh: p50 ${fmt(h.p50 / f.p50)}× · CPU ${fmt(h.cpuP50 / f.cpuP50)}×`,
    `  the lead's decision record (${REPS - 1} skipped reps, each with its reasons): ${fmt((size?.text ?? 0) / 1024, 0)} KB as JSON text, ${fmt((size?.stored ?? 0) / 1024, 0)} KB stored (compressed)`,
  ];
}
