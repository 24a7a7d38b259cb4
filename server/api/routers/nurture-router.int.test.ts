// The sequence editor's procedures through the nurture tRPC router, on the demo workspace: a
// marketer creates a sequence, bad drafts are refused naming the field path with nothing written,
// publishing makes versions (enrolled leads keep theirs), the default is chosen, preview with a
// chosen lead and "send a test to me" work. Managers and reps read but cannot edit (a rep previews
// with the leads they own only); a marketer
// cannot change the workspace's nurture settings; another workspace sees and touches nothing.
import { describe, expect, it } from "vitest";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { createCallerFactory, router } from "../trpc";
import { nurtureRouterWith } from "./nurture";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const T0 = new Date("2026-12-01T15:00:00Z");
const createCaller = createCallerFactory(router({ nurture: nurtureRouterWith({ followUps: async () => env.kit.deps, now: () => T0 }) }));
const db = () => env.testDb.db;

async function callerFor(email: string) {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return createCaller(contextFor(db(), user)).nurture;
}

const STEPS = [
  { id: "hello", type: "email", subject: "Hello {{first_name}}", body: "Hi {{first_name}},\n\nA [guide](https://example.com/guide) for {{company}}.\n\nBest, {{rep.name}}" },
  { id: "pause", type: "wait", amount: 2, unit: "business_days", sendAtHour: 9 },
  { id: "again", type: "email", subject: "Still there?", body: "Reply any time." },
];
const HOSTILE = { email: "grace@navy.io", full_name: "Grace <b>Hopper</b>", role: "founder", authority: "decision_maker", company: "Navy & Co", company_size: "1-19", industry: "technology", region: "europe", start_when: "just_exploring" };
const badRequestAt = (path: string) => ({ code: "BAD_REQUEST", cause: { details: expect.arrayContaining([expect.objectContaining({ path })]) } });

describe(`nurture router: the sequence editor (${lane})`, () => {
  it("a marketer creates, saves, publishes versions, makes it the default, previews with a lead and sends a test", async () => {
    const marketer = await callerFor("marketer@demo.switchboard.dev");
    await expect(marketer.create({ name: "   " })).rejects.toMatchObject(badRequestAt("name"));
    await expect(marketer.create({ name: "Getting started" })).rejects.toMatchObject(badRequestAt("name"));
    const { id } = await marketer.create({ name: "Founders" });

    // Bad drafts: the field path is named and nothing is written (not even the new name).
    const unknownField = [{ ...STEPS[0]!, body: "Hi {{firstname}}" }];
    await expect(marketer.saveDraft({ id, name: "Renamed", draft: { steps: unknownField } })).rejects.toMatchObject(badRequestAt("draft.steps.0.body"));
    await expect(marketer.saveDraft({ id, name: "Renamed", draft: { steps: [{ ...STEPS[0]!, subject: "" }] } })).rejects.toMatchObject(badRequestAt("draft.steps.0.subject"));
    await expect(marketer.saveDraft({ id, draft: { steps: [{ id: "w", type: "wait", amount: 0, unit: "days" }] } })).rejects.toMatchObject(badRequestAt("draft.steps.0.amount"));
    await expect(marketer.saveDraft({ id, draft: { steps: [{ id: "e", type: "end" }, STEPS[0]] } })).rejects.toMatchObject(badRequestAt("draft.steps.0"));
    await expect(marketer.saveDraft({ id, draft: { steps: [{ id: "x", type: "html", html: "<script>" }] } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().nurtureSequence.findUniqueOrThrow({ where: { id }, select: { name: true, draft: true } })).toEqual({ name: "Founders", draft: { steps: [] } });
    await expect(marketer.publish({ id })).rejects.toMatchObject(badRequestAt("draft.steps"));
    await expect(marketer.setDefault({ sequenceId: id })).rejects.toMatchObject(badRequestAt("sequenceId"));
    expect(await db().nurtureSequenceVersion.count({ where: { sequenceId: id } })).toBe(0);

    await marketer.saveDraft({ id, name: "Founders welcome", draft: { steps: STEPS } });
    expect(await marketer.publish({ id })).toEqual({ version: 1 });
    expect(await marketer.get({ id })).toMatchObject({ publishedVersion: 1, hasUnpublishedChanges: false });
    await marketer.saveDraft({ id, draft: { steps: [STEPS[2], STEPS[1], STEPS[0], { id: "end", type: "end" }] } });
    const detail = await marketer.get({ id });
    expect(detail).toMatchObject({ name: "Founders welcome", publishedVersion: 1, hasUnpublishedChanges: true, isDefault: false });
    expect(detail.draft.steps.map((s) => s.id)).toEqual(["again", "pause", "hello", "end"]);
    expect(await marketer.publish({ id })).toEqual({ version: 2 });
    const v1 = await db().nurtureSequenceVersion.findFirstOrThrow({ where: { sequenceId: id, version: 1 } });
    expect((v1.definition as { steps: { id: string }[] }).steps.map((s) => s.id)).toEqual(["hello", "pause", "again"]);

    expect(await marketer.setDefault({ sequenceId: id })).toEqual({ defaultSequenceId: id });
    expect((await marketer.list()).filter((s) => s.isDefault).map((s) => s.name)).toEqual(["Founders welcome"]);

    await marketer.saveDraft({ id, draft: { steps: STEPS } });
    const sample = await marketer.preview({ id, leadId: null });
    expect(sample.map((p) => [p.stepIndex, p.subject])).toEqual([[0, "Hello Ada"], [2, "Still there?"]]);
    expect(sample[0]!.html).toContain("Analytical Engines");
    const lead = await submitDemo(env.testDb, env.kit, HOSTILE, T0);
    expect((await marketer.previewLeads()).map((l) => l.id)).toContain(lead.id);
    const withLead = await marketer.preview({ id, leadId: lead.id });
    expect(withLead[0]!.subject).toBe("Hello Grace");
    expect(withLead[0]!.html).toContain("Navy &amp; Co");
    expect(withLead[0]!.html).not.toContain("<b>Hopper</b>");

    const { emailId } = await marketer.sendTest({ id, stepIndex: 0, leadId: lead.id });
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: emailId }, select: { to: true, template: true } })).toEqual({ to: ["marketer@demo.switchboard.dev"], template: "nurture-test" });
    await expect(marketer.sendTest({ id, stepIndex: 1, leadId: null })).rejects.toMatchObject(badRequestAt("stepIndex"));
  });

  it("managers and reps read but cannot edit; marketers cannot change the settings; admins can", async () => {
    const marketer = await callerFor("marketer@demo.switchboard.dev");
    const { id } = await marketer.create({ name: "Read me" });
    await marketer.saveDraft({ id, draft: { steps: STEPS } });
    for (const email of ["manager@demo.switchboard.dev", "sarah@demo.switchboard.dev"]) {
      const reader = await callerFor(email);
      expect((await reader.list()).map((s) => s.name)).toContain("Read me");
      expect((await reader.get({ id })).draft.steps).toHaveLength(3);
      expect(await reader.preview({ id, leadId: null })).toHaveLength(2);
      await expect(reader.create({ name: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reader.saveDraft({ id, draft: { steps: [] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reader.publish({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reader.setDefault({ sequenceId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reader.sendTest({ id, stepIndex: 0, leadId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(reader.saveSettings({ ...(await reader.settings()), dailySendCap: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db().nurtureSequence.findUniqueOrThrow({ where: { id } })).publishedVersion).toBeNull();

    const before = await marketer.settings();
    await expect(marketer.saveSettings({ ...before, dailySendCap: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await callerFor("admin@demo.switchboard.dev");
    await expect(admin.saveSettings({ ...before, clickPoints: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.saveSettings({ ...before, dailySendCap: 7, defaultSequenceId: id })).rejects.toMatchObject(badRequestAt("defaultSequenceId"));
    expect(await admin.settings()).toEqual(before);
    const next = { ...before, clickPoints: 20, returnVisitPoints: 25, postalAddress: "2 Main St, Springfield", dailySendCap: 50, quietStartHour: 21, quietEndHour: 7 };
    expect(await admin.saveSettings(next)).toEqual(next);
    expect(await (await callerFor("owner@demo.switchboard.dev")).settings()).toEqual(next);
  });

  it("a rep previews with the leads they own only: another rep's lead is not found, as on the lead pages", async () => {
    const marketer = await callerFor("marketer@demo.switchboard.dev");
    const { id } = await marketer.create({ name: "Rep preview" });
    await marketer.saveDraft({ id, draft: { steps: STEPS } });
    // Two inbound leads: the Inside Sales round-robin gives one to Tom and one to Maya.
    const inbound = (n: number) => ({ email: `buyer${n}@inbound-${n}.io`, full_name: `Buyer ${n}`, role: "vp", authority: "decision_maker", company: `Inbound ${n}`, company_size: "20-199", industry: "technology", region: "north_america", start_when: "asap", use_case: ["lead_routing"], consent: true });
    const leads = [await submitDemo(env.testDb, env.kit, inbound(1), T0), await submitDemo(env.testDb, env.kit, inbound(2), T0)];
    const tomRep = await db().repProfile.findFirstOrThrow({ where: { user: { email: "tom@demo.switchboard.dev" } } });
    const tomsLead = leads.find((l) => l.ownerRepId === tomRep.id)!;
    const othersLead = leads.find((l) => l.ownerRepId !== tomRep.id && l.ownerRepId !== null)!;
    expect(tomsLead).toBeDefined();
    expect(othersLead).toBeDefined();

    const tom = await callerFor("tom@demo.switchboard.dev");
    const offered = (await tom.previewLeads()).map((l) => l.id);
    expect(offered).toContain(tomsLead.id);
    expect(offered).not.toContain(othersLead.id);
    const owned = await db().lead.findMany({ where: { id: { in: offered } }, select: { ownerRep: { select: { userId: true } } } });
    expect(owned.every((l) => l.ownerRep?.userId === tomRep.userId)).toBe(true);
    expect((await tom.preview({ id, leadId: tomsLead.id }))[0]!.subject).toBe("Hello Buyer");
    await expect(tom.preview({ id, leadId: othersLead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A manager and the marketer still preview with any lead of the workspace.
    expect((await (await callerFor("manager@demo.switchboard.dev")).previewLeads()).map((l) => l.id)).toEqual(expect.arrayContaining([tomsLead.id, othersLead.id]));
    expect((await marketer.preview({ id, leadId: othersLead.id }))[0]!.subject).toBe("Hello Buyer");
  });

  it("another workspace's editor sees none of the demo's sequences and touches nothing", async () => {
    const marketer = await callerFor("marketer@demo.switchboard.dev");
    const { id } = await marketer.create({ name: "Ours" });
    await marketer.saveDraft({ id, draft: { steps: STEPS } });
    await marketer.publish({ id });
    const demoLead = await submitDemo(env.testDb, env.kit, HOSTILE, T0);

    const other = await makeWorkspace(db(), "Other Co");
    const outsider = createCaller(contextFor(db(), (await makeMember(db(), other.id, "ADMIN", "outsider")).user)).nurture;
    expect(await outsider.list()).toEqual([]);
    expect(await outsider.previewLeads()).toEqual([]);
    await expect(outsider.get({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.saveDraft({ id, draft: { steps: [] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.publish({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.preview({ id, leadId: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.sendTest({ id, stepIndex: 0, leadId: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.setDefault({ sequenceId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.saveSettings({ ...(await outsider.settings()), defaultSequenceId: id })).rejects.toMatchObject(badRequestAt("defaultSequenceId"));
    const own = await outsider.create({ name: "Theirs" });
    await outsider.saveDraft({ id: own.id, draft: { steps: STEPS } });
    await expect(outsider.preview({ id: own.id, leadId: demoLead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().nurtureSequence.findUniqueOrThrow({ where: { id }, select: { publishedVersion: true, draft: true } })).toEqual({ publishedVersion: 1, draft: { steps: STEPS } });
  });

  it("two editors at once: a save or publish from a stale revision is a CONFLICT and writes nothing; publishing keeps the revision", async () => {
    const marketer = await callerFor("marketer@demo.switchboard.dev");
    const owner = await callerFor("owner@demo.switchboard.dev");
    const { id } = await marketer.create({ name: "Shared" });
    const opened = await marketer.get({ id });
    expect((await owner.get({ id })).revision).toBe(opened.revision);

    const theirs = await owner.saveDraft({ id, draft: { steps: STEPS }, baseRevision: opened.revision });
    expect(theirs.revision).not.toBe(opened.revision);
    await expect(marketer.saveDraft({ id, name: "Mine", draft: { steps: [STEPS[0]] }, baseRevision: opened.revision })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by someone else/) });
    await expect(marketer.publish({ id, baseRevision: opened.revision })).rejects.toMatchObject({ code: "CONFLICT" });
    const now = await marketer.get({ id });
    expect([now.name, now.draft.steps.length, now.publishedVersion, now.revision]).toEqual(["Shared", 3, null, theirs.revision]);

    // From the current revision both go through; publishing leaves the draft's revision as it is.
    const published = await marketer.publish({ id, baseRevision: now.revision });
    expect(published.version).toBe(1);
    expect((await marketer.get({ id })).revision).toBe(theirs.revision);
    await expect(marketer.saveDraft({ id, draft: { steps: [STEPS[0]] }, baseRevision: theirs.revision })).resolves.toMatchObject({ ok: true });
    // Another workspace's id with a revision is still not found.
    await expect(marketer.saveDraft({ id: "nope", draft: { steps: [] }, baseRevision: theirs.revision })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
