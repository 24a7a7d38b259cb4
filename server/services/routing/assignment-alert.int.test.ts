// A rep alert is one job's work: "routing.assigned" renders and stores the alert, and right after
// the commit hands it to the mail transport — here a real SMTP capture server — with no
// "mail.send" job written. Only a refused delivery becomes a mail.send job, whose retry delivers
// it later under the same Message-ID; a job that runs again sends no stored email twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../../jobs/job-queue";
import type { TMailConfig } from "../../mail/mail-config";
import { closeSmtpPools } from "../../mail/smtp-transport";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../../testing/smtp-capture-server";
import { BANK_VP, runAfterCommitJobs, startRoutingKit, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import type { TestDb } from "../../testing/test-db";
import { createJobRegistry } from "../../workers/registry";
import { runAssignedFollowUps } from "./assigned-follow-ups";
import type { TAssignedJob, TFollowUpDeps } from "./follow-up-jobs";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const SARAH = "sarah@demo.switchboard.dev";
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

let smtp: TSmtpCaptureServer;
let mail: TMailConfig;
beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  mail = { from: "Switchboard <notifications@demo.example>", transport: "smtp", smtpUrl: smtp.url };
});
afterAll(async () => {
  closeSmtpPools();
  await smtp?.close();
});

/** The routing kit with one queue whose jobs (routing.assigned, mail.send) all send through the capture server. */
async function startKit(testDb: TestDb) {
  const base = await startRoutingKit(testDb);
  await base.queue.stop();
  const holder: { deps?: TFollowUpDeps } = {};
  const queue = createJobQueue(testDb, { definitions: createJobRegistry({ mail, followUps: async () => holder.deps! }) });
  await queue.start();
  holder.deps = { ...base.deps, queue, mail };
  smtp.reset();
  return { ...base, queue, deps: holder.deps };
}
const env = useRoutingKit(startKit);
const db = () => env.testDb.db;

async function jobRows(name: string): Promise<{ state: string; data: { emailId?: string } & Partial<TAssignedJob> }[]> {
  return db().$queryRawUnsafe(`SELECT state::text AS state, data FROM pgboss.job WHERE name = $1`, name);
}
const sarahsAlert = () => db().emailMessage.findFirstOrThrow({ where: { template: "rep-alert", to: { has: SARAH } } });

describe(`a rep alert, delivered by the job that stores it (${lane})`, () => {
  it("routing.assigned stores the alert and hands it to SMTP at once: delivered, no mail.send job", async () => {
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW); // runs routing.assigned, as a worker would
    expect(lead.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));

    const alert = await sarahsAlert();
    expect(alert).toMatchObject({ status: "SENT", attempts: 1, lastError: null, providerId: `<email-${alert.id}@demo.example>` });
    expect(smtp.messages.map((m) => ({ to: m.to, messageId: m.messageId }))).toEqual([{ to: [SARAH], messageId: `<email-${alert.id}@demo.example>` }]);
    expect(smtp.messages[0]!.text).toContain(`/leads/${lead.id}`);
    expect(await jobRows("mail.send")).toEqual([]);

    // The same job run again (a worker that lost its lease): the stored alert is not sent twice.
    const [assigned] = await jobRows("routing.assigned");
    await runAssignedFollowUps(db(), env.kit.deps, assigned!.data as TAssignedJob, NOW);
    expect(smtp.attempts).toHaveLength(1);
    expect(await db().emailMessage.count({ where: { template: "rep-alert" } })).toBe(1);
  });

  it("a refused delivery is handed to mail.send, whose retry delivers it once, under the same Message-ID", async () => {
    smtp.refuseNext(1); // 451 "try again later" for the alert's first delivery
    await submitDemo(env.testDb, env.kit, BANK_VP, NOW);

    const refused = await sarahsAlert();
    expect(refused).toMatchObject({ status: "QUEUED", attempts: 1, sentAt: null });
    expect(refused.lastError).toContain("Try again later");
    expect(smtp.messages).toEqual([]);
    expect(await jobRows("mail.send")).toEqual([{ state: "created", data: { emailId: refused.id, workspaceId: env.kit.workspaceId } }]);

    // routing.assigned run again before the retry: the alert belongs to its mail.send job now, nothing is sent.
    const [assigned] = await jobRows("routing.assigned");
    await runAssignedFollowUps(db(), env.kit.deps, assigned!.data as TAssignedJob, NOW);
    expect(smtp.attempts).toHaveLength(1);

    expect(await env.kit.queue.runDue("mail.send")).toBe(1);
    expect(await sarahsAlert()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    const messageId = `<email-${refused.id}@demo.example>`;
    expect(smtp.attempts).toEqual([messageId, messageId]);
    expect(smtp.messages.map((m) => m.messageId)).toEqual([messageId]);

    // Nothing left to do: no further job, no further send.
    await runAfterCommitJobs(env.kit);
    expect(await env.kit.queue.runDue("mail.send")).toBe(0);
    expect(smtp.messages).toHaveLength(1);
  });
});
