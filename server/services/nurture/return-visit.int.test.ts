// Return visits on a real database: a nurture email's tracked link to one of our form pages
// redirects with a signed, lead-bound token; the form page's report adds the workspace's
// return-visit points once per email and can graduate the lead (NURTURE_GRADUATED, return_visit).
// A forged token, another workspace's form or a second report count nothing.
import { afterEach, describe, expect, it } from "vitest";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { followTrackedLink, reportReturnVisit } from "../../api/rest/handle-nurture-links";
import { makeWorkspace } from "../../testing/factories";
import { runAfterCommitJobs, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { moveClock } from "../../time/clock";
import { createNurtureToken } from "./nurture-token";
import { DEFAULT_NURTURE_SETTINGS, saveNurtureSettings } from "./nurture-settings";
import { recordReturnVisit } from "./return-visit";
import { createSequence, publishSequence } from "./sequences";
import { sweepDueNurtureSteps } from "./sweep-nurture";

const env = useRoutingKit();
const db = () => env.testDb.db;
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const T0 = new Date("2026-12-01T15:00:00Z");
const AT = new Date(T0.getTime() + 3_600_000);
const FOUNDER = { email: "sam@tiny.io", full_name: "Sam Tiny", role: "founder", authority: "decision_maker", company: "Tiny", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring", guide_consent: true };
const STEPS = [{ id: "hi", type: "email", subject: "Hi {{first_name}}", body: "Come back to [the form](http://localhost:3000/f/demo?utm_source=nurture) or read [the guide](https://example.com/guide)." },
  { id: "wait", type: "wait", amount: 2, unit: "days", sendAtHour: null },
  { id: "again", type: "email", subject: "Again", body: "Still here." },
];

afterEach(() => void moveClock({ reset: true }));

async function enrolledSend(points: { clickPoints: number; returnVisitPoints: number }) {
  const { id } = await createSequence(db(), env.kit.workspaceId, { name: "Come back", draft: { steps: STEPS } as never });
  await publishSequence(db(), env.kit.workspaceId, id, T0);
  await saveNurtureSettings(db(), env.kit.workspaceId, { ...DEFAULT_NURTURE_SETTINGS, postalAddress: "1 Demo Street", defaultSequenceId: id, ...points });
  const lead = await submitDemo(env.testDb, env.kit, FOUNDER, T0);
  moveClock({ to: T0 });
  await sweepDueNurtureSteps(db(), env.kit.queue, T0);
  await env.kit.queue.runDue("nurture.step");
  return { lead, send: await db().nurtureSend.findFirstOrThrow({ where: { enrollment: { leadId: lead.id } } }) };
}

async function clickThrough(sendId: string, index: number): Promise<string> {
  const response = await followTrackedLink(db(), async () => env.kit.deps, createNurtureToken({ kind: "c", sendId, index }, TEST_SECRET), TEST_SECRET, AT);
  expect(response.status).toBe(302);
  return response.headers.get("location")!;
}

describe(`return visits (${lane})`, () => {
  it("a tracked link back to a form page carries a lead-bound token; the visit adds its points once", async () => {
    const { lead, send } = await enrolledSend({ clickPoints: 1, returnVisitPoints: 2 });
    expect(await clickThrough(send.id, 1)).toBe("https://example.com/guide");
    const location = new URL(await clickThrough(send.id, 0));
    expect(`${location.origin}${location.pathname}`).toBe("http://localhost:3000/f/demo");
    expect(location.searchParams.get("utm_source")).toBe("nurture");
    const token = location.searchParams.get("sb_rv")!;

    const forged = createNurtureToken({ kind: "r", sendId: send.id }, "x".repeat(40));
    expect(await recordReturnVisit(db(), env.kit.deps, { token: forged, secret: TEST_SECRET, slug: "demo", now: AT })).toEqual({ isCounted: false });
    const clickToken = createNurtureToken({ kind: "c", sendId: send.id, index: 0 }, TEST_SECRET);
    expect(await recordReturnVisit(db(), env.kit.deps, { token: clickToken, secret: TEST_SECRET, slug: "demo", now: AT })).toEqual({ isCounted: false });
    const other = await makeWorkspace(db(), "Other Co");
    await db().form.create({ data: { workspaceId: other.id, slug: "other-form", name: "Other", draftDefinition: {}, draftScoring: {} } });
    expect(await recordReturnVisit(db(), env.kit.deps, { token, secret: TEST_SECRET, slug: "other-form", now: AT })).toEqual({ isCounted: false });

    const [first, second] = await Promise.all([
      reportReturnVisit(db(), async () => env.kit.deps, { token, slug: "demo", secret: TEST_SECRET, now: AT }),
      reportReturnVisit(db(), async () => env.kit.deps, { token, slug: "demo", secret: TEST_SECRET, now: AT }),
    ]);
    expect([first.status, second.status]).toEqual([204, 204]);
    const engaged = await db().leadEvent.findMany({ where: { leadId: lead.id, type: "nurture_engaged" }, orderBy: { createdAt: "asc" } });
    expect(engaged.map((e) => (e.data as { engagement: string; points: number }).engagement)).toEqual(["click", "return_visit"]);
    expect((engaged[1]!.data as { points: number }).points).toBe(2);
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "ACTIVE", intentPoints: 3 });
  });

  it("a return visit that crosses into sales-ready graduates the lead with NURTURE_GRADUATED", async () => {
    const { lead, send } = await enrolledSend({ clickPoints: 0, returnVisitPoints: 60 });
    const token = new URL(await clickThrough(send.id, 0)).searchParams.get("sb_rv")!;
    expect(await recordReturnVisit(db(), env.kit.deps, { token, secret: TEST_SECRET, slug: "demo", now: AT })).toEqual({ isCounted: true });
    await runAfterCommitJobs(env.kit);
    const after = await db().lead.findUniqueOrThrow({ where: { id: lead.id }, include: { assignments: true } });
    expect(after.tier).toBe("sales_ready");
    expect((after.assignments[0]!.decision as unknown as TRoutingDecision).reasons[0]).toMatchObject({ code: "NURTURE_GRADUATED", engagement: "return_visit", points: 60 });
    expect(await db().nurtureEnrollment.findFirstOrThrow({ where: { leadId: lead.id } })).toMatchObject({ status: "EXITED", exitReason: "graduated" });
    // The enrolment has ended: another report counts nothing.
    expect(await recordReturnVisit(db(), env.kit.deps, { token, secret: TEST_SECRET, slug: "demo", now: AT })).toEqual({ isCounted: false });
  });
});
