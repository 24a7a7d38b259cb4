// Submission latency and throughput at 16-way concurrency through the public API handler
// (parse → validate → score → one transaction), against a bare single-row insert on the same database.
import crypto from "node:crypto";
import type { DbHandle } from "../db/client";
import { ZFormDefinition } from "../domain/forms/definition";
import { HONEYPOT_FIELD } from "../domain/forms/submission-contract";
import { activeFieldKeys } from "../domain/forms/logic";
import { ZScoringModel } from "../domain/scoring/model";
import { handleSubmission } from "../api/rest/handle-submission";
import { fortyFieldForm } from "./forty-field-form";
import { fmt, runConcurrent, type TLatencySummary } from "./stats";
import { unlimitedRateLimits } from "../services/rate-limit/rate-limits";

async function publishBenchForm(handle: DbHandle) {
  const workload = fortyFieldForm();
  const definition = ZFormDefinition.parse(workload.definition);
  const scoring = ZScoringModel.parse(workload.scoring);
  const workspace = await handle.db.workspace.create({ data: { name: "Bench", slug: `bench-${crypto.randomUUID().slice(0, 8)}` } });
  const form = await handle.db.form.create({
    data: { workspaceId: workspace.id, slug: `bench-${crypto.randomUUID().slice(0, 8)}`, name: "Bench", status: "PUBLISHED", draftDefinition: definition, draftScoring: scoring, allowedOrigins: [] },
  });
  const version = await handle.db.formVersion.create({ data: { formId: form.id, workspaceId: workspace.id, version: 1, definition, scoring } });
  await handle.db.form.update({ where: { id: form.id }, data: { currentVersionId: version.id } });
  const active = activeFieldKeys(definition, workload.answers);
  const answers = Object.fromEntries(Object.entries(workload.answers).filter(([key]) => active.has(key)));
  return { slug: form.slug, answers };
}

function line(label: string, s: TLatencySummary, baseline?: TLatencySummary): string {
  const ratio = baseline ? `   p50 ${fmt(s.p50 / baseline.p50, 1)}× · throughput ${fmt(s.throughputPerS / baseline.throughputPerS, 2)}× the baseline` : "";
  return `  ${label.padEnd(28)} p50 ${fmt(s.p50)} ms · p99 ${fmt(s.p99)} ms · ${fmt(s.throughputPerS, 0)}/s${ratio}`;
}

export async function runSubmissionBench(handle: DbHandle, lane: string, total = 600, concurrency = 16): Promise<string[]> {
  const { slug, answers } = await publishBenchForm(handle);
  await handle.db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_baseline (id bigserial PRIMARY KEY, payload text NOT NULL)`);
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const submit = async (i: number) => {
    const body = JSON.stringify({ answers: { ...answers, f_0_5: `person${i}@acme-bank.com` }, context: { startedAt, source: "api" }, [HONEYPOT_FIELD]: "" });
    const request = new Request(`http://bench.local/api/v1/forms/${slug}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": `bench-${i}-${crypto.randomUUID()}`, "x-forwarded-for": `10.0.${i % 250}.${i % 200}` },
      body,
    });
    const response = await handleSubmission(handle.db, request, slug, new Date(), { rateLimit: unlimitedRateLimits().formSubmission });
    if (response.status !== 201) throw new Error(`submission ${i} answered ${response.status}: ${await response.text()}`);
  };
  const insert = async (i: number) => {
    await handle.db.$executeRaw`INSERT INTO bench_baseline (payload) VALUES (${`row ${i}`})`;
  };
  await runConcurrent(40, concurrency, insert); // warm-up
  await runConcurrent(40, concurrency, (i) => submit(100_000 + i));
  const baseline = await runConcurrent(total, concurrency, insert);
  const submissions = await runConcurrent(total, concurrency, submit);
  return [
    `Submissions on ${lane}, ${total} at ${concurrency}-way concurrency`,
    line("POST submission (201)", submissions, baseline),
    line("baseline: bare insert", baseline),
  ];
}
