// The unsubscribe link's page: reading it changes nothing, names the workspace and the masked
// address, and says when the address is already unsubscribed (a second visit, a second press).
import { afterEach, describe, expect, it } from "vitest";
import { submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { moveClock } from "../../time/clock";
import { createNurtureToken } from "./nurture-token";
import { DEFAULT_NURTURE_SETTINGS, saveNurtureSettings } from "./nurture-settings";
import { createSequence, publishSequence } from "./sequences";
import { unsubscribeByToken } from "./suppression";
import { sweepDueNurtureSteps } from "./sweep-nurture";
import { loadUnsubscribeView } from "./unsubscribe-link";

const env = useRoutingKit();
const db = () => env.testDb.db;
const T0 = new Date("2026-12-01T15:00:00Z");
const FOUNDER = { email: "Sam.Tiny@Tiny.io", full_name: "Sam Tiny", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring", guide_consent: true };
const STEPS = [
  { id: "welcome", type: "email", subject: "Welcome, {{first_name}}", body: "Hi {{first_name}}" },
  { id: "end", type: "end" },
];

afterEach(() => void moveClock({ reset: true }));

/** One nurture email sent to the founder; its unsubscribe token. */
async function sentEmailToken(): Promise<string> {
  const { id } = await createSequence(db(), env.kit.workspaceId, { name: "Founders", draft: { steps: STEPS } as never });
  await publishSequence(db(), env.kit.workspaceId, id, T0);
  await saveNurtureSettings(db(), env.kit.workspaceId, { ...DEFAULT_NURTURE_SETTINGS, postalAddress: "1 Demo Street", defaultSequenceId: id });
  await submitDemo(env.testDb, env.kit, FOUNDER, T0);
  moveClock({ to: T0 });
  await sweepDueNurtureSteps(db(), env.kit.queue, T0);
  await env.kit.queue.runDue("nurture.step");
  const send = await db().nurtureSend.findFirstOrThrow({ where: { status: { not: "SUPPRESSED" } } });
  return createNurtureToken({ kind: "u", sendId: send.id }, TEST_SECRET);
}

describe("the unsubscribe link's page", () => {
  it("names the workspace and the masked address; reading it twice changes nothing", async () => {
    const token = await sentEmailToken();
    const view = { state: "subscribed", workspaceName: "Demo Co", maskedAddress: "s***@tiny.io" };
    expect(await loadUnsubscribeView(db(), { token, secret: TEST_SECRET })).toEqual(view);
    expect(await loadUnsubscribeView(db(), { token, secret: TEST_SECRET })).toEqual(view);
    expect(await db().nurtureSuppression.count()).toBe(0);
  });

  it("says the address is already unsubscribed after the press; pressing again changes nothing", async () => {
    const token = await sentEmailToken();
    expect(await unsubscribeByToken(db(), { token, secret: TEST_SECRET, now: T0 })).toEqual({ ok: true, workspaceName: "Demo Co" });
    expect(await loadUnsubscribeView(db(), { token, secret: TEST_SECRET })).toEqual({ state: "unsubscribed", workspaceName: "Demo Co", maskedAddress: "s***@tiny.io" });
    const events = await db().leadEvent.count();
    expect(await unsubscribeByToken(db(), { token, secret: TEST_SECRET, now: new Date(T0.getTime() + 60_000) })).toEqual({ ok: true, workspaceName: "Demo Co" });
    expect(await db().nurtureSuppression.count()).toBe(1);
    expect(await db().leadEvent.count()).toBe(events);
    expect(await loadUnsubscribeView(db(), { token, secret: TEST_SECRET })).toMatchObject({ state: "unsubscribed" });
  });

  it("an address suppressed another way (a bounce) is off the list too", async () => {
    const token = await sentEmailToken();
    await db().nurtureSuppression.create({ data: { workspaceId: env.kit.workspaceId, email: "sam.tiny@tiny.io", reason: "bounced", createdAt: T0 } });
    expect(await loadUnsubscribeView(db(), { token, secret: TEST_SECRET })).toMatchObject({ state: "unsubscribed" });
  });

  it("a forged, altered or other kind of token shows nothing of the email", async () => {
    const token = await sentEmailToken();
    const send = await db().nurtureSend.findFirstOrThrow();
    const forgeries = [createNurtureToken({ kind: "u", sendId: send.id }, "x".repeat(40)), `${token.split(".")[0]}.${"A".repeat(43)}`, createNurtureToken({ kind: "c", sendId: send.id, index: 0 }, TEST_SECRET), createNurtureToken({ kind: "u", sendId: "missing" }, TEST_SECRET), "garbage", ""];
    for (const forged of forgeries) expect(await loadUnsubscribeView(db(), { token: forged, secret: TEST_SECRET })).toEqual({ state: "invalid" });
    expect(await loadUnsubscribeView(db(), { token, secret: "" })).toEqual({ state: "invalid" });
  });
});
