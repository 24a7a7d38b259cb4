// People outside the workspace never take part in its routing: the dashboard's publish checks
// membership like the REST path; a member who is part of routing cannot be removed (the places are
// named); a removed member gets no lead email (checked at delivery) and no lead. The seeded demo
// workspace, the real procedures and a real SMTP capture server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallerFactory, router } from "../../api/trpc";
import { routingRouter } from "../../api/routers/routing";
import { membersRouterWith } from "../../api/routers/workspace";
import { deliverEmail } from "../../mail/deliver-email";
import { sendEmailNow } from "../../mail/deliver-now";
import { NOT_A_MEMBER } from "../../mail/lead-email-recipients";
import type { TMailConfig } from "../../mail/mail-config";
import { closeSmtpPools } from "../../mail/smtp-transport";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../../testing/smtp-capture-server";
import { BANK_VP, runAfterCommitJobs, startRoutingKit, submitDemo, useRoutingKit } from "../../testing/routing-kit";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

let smtp: TSmtpCaptureServer;
let mail: TMailConfig;
beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  mail = { from: "Switchboard <notifications@demo.example>", transport: "smtp", smtpUrl: `smtp://127.0.0.1:${smtp.port}` };
});
afterAll(async () => {
  closeSmtpPools();
  await smtp?.close();
});

const env = useRoutingKit(async (testDb) => {
  const kit = await startRoutingKit(testDb);
  kit.deps.mail = mail;
  smtp.messages.length = 0;
  return kit;
});

const createCaller = createCallerFactory(router({ routing: routingRouter, members: membersRouterWith({ queue: async () => env.kit.queue }) }));
async function callerFor(email: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email } });
  return createCaller(contextFor(env.testDb.db, user));
}
const membershipOf = (email: string) => env.testDb.db.membership.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, user: { email } } });

/** Renders pending alerts, then delivers every stored email as the mail.send job does (SMTP). */
async function deliverAll() {
  await runAfterCommitJobs(env.kit);
  const pending = await env.testDb.db.emailMessage.findMany({ where: { status: "QUEUED" } });
  for (const email of pending) await deliverEmail(env.testDb.db, email.id, { isLastAttempt: false }, mail);
}
const received = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

describe(`routing only people of the workspace (${lane})`, () => {
  it("attack: the dashboard publishes a stranger from another workspace as fallback owner", async () => {
    const other = await makeWorkspace(env.testDb.db, "Elsewhere");
    const stranger = await makeMember(env.testDb.db, other.id, "MANAGER", "Stranger");
    const caller = await callerFor("manager@demo.switchboard.dev");
    const { draft } = await caller.routing.get();
    const versions = await env.testDb.db.routingConfigVersion.count();

    const cases = [
      { config: { ...draft, fallback: { ...draft.fallback!, ownerUserId: stranger.user.id } }, path: "fallback.ownerUserId", message: "The fallback queue's owner must be a member of this workspace" },
      {
        config: { ...draft, policies: { ...draft.policies, review: { minValue: 10_000, windowMinutes: 30, reviewerUserId: stranger.user.id } } },
        path: "policies.review.reviewerUserId",
        message: "The reviewer must be a member of this workspace",
      },
    ];
    for (const { config, path, message } of cases) {
      const error = await caller.routing.publish({ note: "x", config }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST", cause: { code: "VALIDATION" } });
      expect((error as { cause: { details: unknown } }).cause.details).toEqual([{ path, message }]);
    }
    expect(await env.testDb.db.routingConfigVersion.count()).toBe(versions);
  });

  it("removing a member who is the fallback owner is refused with the places named", async () => {
    const owner = await callerFor("owner@demo.switchboard.dev");
    const manager = await membershipOf("manager@demo.switchboard.dev");
    const error = await owner.members.remove({ membershipId: manager.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect((error as Error).message).toBe(
      "Morgan Manager is still part of routing: owner of the fallback queue “Morgan's backup queue” (published routing); reviewer of high-value leads (published routing). Choose someone else there (Routing, Teams) before removing them.",
    );
    expect(await env.testDb.db.membership.count({ where: { id: manager.id } })).toBe(1);

    // A rep in a team is named with the team; once out of routing, removal goes through.
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    await expect(owner.members.remove({ membershipId: sarah.id })).rejects.toThrow("Sarah Chen is still part of routing: member of the team “Enterprise”.");
    await env.testDb.db.teamMember.deleteMany({ where: { rep: { userId: sarah.userId } } });
    await owner.members.remove({ membershipId: sarah.id });
    expect(await env.testDb.db.membership.count({ where: { id: sarah.id } })).toBe(0);
  });

  it("a removed member never receives another lead email", async () => {
    const db = env.testDb.db;
    const sarah = await membershipOf("sarah@demo.switchboard.dev");
    // The alert's first delivery (in its job, right after it is stored) is refused: it waits for a mail.send retry.
    smtp.refuseNext(1);
    const first = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    expect(first.ownerRepId).toBe(await env.kit.repIdOf("Sarah"));
    await runAfterCommitJobs(env.kit);
    const alert = await db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", to: { has: "sarah@demo.switchboard.dev" } } });
    expect(alert).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(smtp.messages).toEqual([]);

    // Sarah leaves before the alert went out: taken off her team, then removed.
    await db.teamMember.deleteMany({ where: { rep: { userId: sarah.userId } } });
    await (await callerFor("owner@demo.switchboard.dev")).members.remove({ membershipId: sarah.id });

    const second = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@secondbank.com", company: "Second Bank" }, new Date(NOW.getTime() + 60_000));
    expect(second.ownerRepId).not.toBe(await env.kit.repIdOf("Sarah"));
    await deliverAll();

    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ status: "SKIPPED", lastError: NOT_A_MEMBER });
    expect(received("sarah@demo.switchboard.dev")).toEqual([]);
    // The second lead's alert went to a member, through the same SMTP path.
    expect(smtp.messages.length).toBeGreaterThan(0);
    expect(await db.emailMessage.count({ where: { status: "SENT" } })).toBe(smtp.messages.length);
  });

  // Both ways a lead email is delivered: by a "mail.send" job (the check is a statement of its
  // own) and at once by the job that stored it, as a rep alert is (the insert made the check).
  it.each(["by its mail.send job", "at once by the job that stored it (sendEmailNow)"])("a lead email goes to a member whatever the case of the address, never to a stranger or a member of another workspace: delivered %s", async (path) => {
    const db = env.testDb.db;
    const other = await makeWorkspace(db, "Elsewhere");
    const outsider = (await makeMember(db, other.id, "REP", "outsider")).user.email;
    let n = 0;
    const deliver = async (to: string[]) => {
      if (path === "by its mail.send job") {
        const email = await db.emailMessage.create({ data: { workspaceId: env.kit.workspaceId, template: "rep-alert", from: mail.from, to, subject: "A lead", html: "<p>A lead</p>", text: "A lead", transport: "smtp" } });
        await deliverEmail(db, email.id, { isLastAttempt: false }, mail);
        return email.id;
      }
      const template = { name: "review-request", props: { reviewerName: "Maya", headline: "Routed to Sarah Chen", value: 125_000, windowMinutes: 30, leadUrl: "https://app.example.com/leads/l1" } } as const;
      const sent = await sendEmailNow(db, { to, workspaceId: env.kit.workspaceId, dedupeKey: `members:${++n}`, template }, { queue: env.kit.deps.queue, config: mail, isNew: true });
      return sent.id;
    };
    const mixedCase = await deliver(["Sarah@Demo.Switchboard.dev"]);
    const twiceInTwoCases = await deliver(["sarah@demo.switchboard.dev", "SARAH@demo.switchboard.dev"]);
    const withStranger = await deliver(["sarah@demo.switchboard.dev", "someone@else.example"]);
    const otherWorkspace = await deliver([outsider]);

    const statusOf = async (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id }, select: { status: true, lastError: true } });
    expect(await statusOf(mixedCase)).toMatchObject({ status: "SENT" });
    expect(await statusOf(twiceInTwoCases)).toMatchObject({ status: "SENT" });
    expect(await statusOf(withStranger)).toEqual({ status: "SKIPPED", lastError: NOT_A_MEMBER });
    expect(await statusOf(otherWorkspace)).toEqual({ status: "SKIPPED", lastError: NOT_A_MEMBER });
    expect(smtp.messages.map((m) => m.to.map((address) => address.toLowerCase()))).toEqual([["sarah@demo.switchboard.dev"], ["sarah@demo.switchboard.dev"]]);
  });

  it("a rep whose membership is gone (removed before this check existed) is never a routing candidate", async () => {
    const db = env.testDb.db;
    // As an old removal left things: no membership, the rep profile still active and in its team.
    await db.membership.deleteMany({ where: { workspaceId: env.kit.workspaceId, user: { email: "sarah@demo.switchboard.dev" } } });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    expect(lead.ownerRepId).not.toBe(await env.kit.repIdOf("Sarah"));
    await deliverAll();
    expect(received("sarah@demo.switchboard.dev")).toEqual([]);
  });
});
