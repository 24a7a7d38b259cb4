// The routing editor's procedures on the seeded demo workspace: team managers only (a rep or a
// marketer is refused, reads included), the editor's data, save → publish → history → diff →
// rollback, and a test lead through the router.
import { describe, expect, it } from "vitest";
import { contextFor } from "../../testing/factories";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { createCallerFactory, router } from "../trpc";
import { getPublishedRouting } from "../../services/routing/routing-settings";
import { routingRouter } from "./routing";

const createCaller = createCallerFactory(router({ routing: routingRouter }));
const env = useRoutingKit();

async function callerFor(email: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email } });
  return createCaller(contextFor(env.testDb.db, user)).routing;
}

describe("routing router", () => {
  it.each(["sarah@demo.switchboard.dev", "marketer@demo.switchboard.dev"])("refuses %s (not a team manager), reads included", async (email) => {
    const caller = await callerFor(email);
    await expect(caller.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.versions()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.testLead({ useDraft: false, answers: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.publish({ note: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives a manager the editor: draft, analysis, teams, reps, subjects, fallback owners, forms", async () => {
    const caller = await callerFor("manager@demo.switchboard.dev");
    const editor = await caller.get();
    expect(editor.publishedVersion).toBe(1);
    expect(editor.hasUnpublishedChanges).toBe(false);
    expect(editor.analysis.errors).toEqual([]);
    expect(editor.draft.paths.map((p) => p.id)).toEqual(["nurture", "disqualified", "apac", "enterprise", "inbound"]);
    expect(editor.teams.find((t) => t.name === "Enterprise")?.members.map((m) => m.name)).toContain("Sarah Chen");
    const refs = editor.subjects.map((s) => s.ref);
    expect(refs).toEqual(expect.arrayContaining(["answers.company_size", "tier", "score.total", "value", "lead.region", "lead.local_hour", "form", "email.is_free"]));
    expect(editor.subjects.find((s) => s.ref === "tier")?.options?.map((o) => o.value)).toContain("nurture");
    expect(editor.subjects.find((s) => s.ref === "answers.use_case")?.kind).toBe("multi");
    expect(editor.fallbackOwners.map((u) => u.email)).toContain("manager@demo.switchboard.dev");
    expect(editor.fallbackOwners.map((u) => u.email)).not.toContain("sarah@demo.switchboard.dev");
    expect(editor.forms.find((f) => f.slug === "demo")?.fields.map((f) => f.key)).toContain("company_size");
  });

  it("saves, publishes, lists, diffs and rolls back", async () => {
    const caller = await callerFor("manager@demo.switchboard.dev");
    const { draft } = await caller.get();
    const renamed = { ...draft, paths: draft.paths.map((p) => (p.id === "apac" ? { ...p, name: "Asia-Pacific" } : p)) };
    const saved = await caller.saveDraft({ config: renamed });
    expect(saved.analysis.errors).toEqual([]);
    expect((await caller.get()).hasUnpublishedChanges).toBe(true);
    expect((await caller.diff({ from: 1, to: "draft" })).changes.map((c) => c.text)).toEqual(["Renamed path “APAC” to “Asia-Pacific”"]);

    const published = await caller.publish({ note: "Rename APAC" });
    expect(published.version).toBe(2);
    const versions = await caller.versions();
    expect(versions.map((v) => [v.version, v.note, v.isCurrent])).toEqual([[2, "Rename APAC", true], [1, "Demo routing", false]]);
    expect(versions[0]?.createdByName).toBe("Morgan Manager");

    await caller.rollback({ version: 1 });
    expect((await caller.diff({ from: 2, to: 3 })).changes.map((c) => c.text)).toEqual(["Renamed path “Asia-Pacific” to “APAC”"]);
    await expect(caller.diff({ from: 1, to: 9 })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Conditions read with the forms' labels.
    const { draft: current } = await caller.get();
    await caller.saveDraft({ config: { ...current, paths: current.paths.map((p) => (p.id === "apac" ? { ...p, when: { kind: "rule", ref: "answers.region", operator: "equals", value: "apac" } } : p)) } });
    expect((await caller.diff({ from: 3, to: "draft" })).changes.map((c) => c.text)).toEqual(["“APAC”: condition changed from “Region is Asia-Pacific” to “Where is your team based? is Asia-Pacific”"]);
  });

  // The editor compares its draft with the config in force ("no changes to publish"): routing.get
  // gives it, current after another manager's publish (the page passed the one it rendered with).
  it("gives the published config with the editor's data, the one in force after another manager publishes", async () => {
    const morgan = await callerFor("manager@demo.switchboard.dev");
    const owner = await callerFor("owner@demo.switchboard.dev");
    const before = await morgan.get();
    expect(before.published?.version).toBe(1);
    expect(before.published?.config).toEqual((await getPublishedRouting(env.testDb.db, env.kit.workspaceId))?.config);
    expect(before.published?.config.paths.map((p) => p.id)).toEqual(["nurture", "disqualified", "apac", "enterprise", "inbound"]);
    const renamed = { ...before.draft, paths: before.draft.paths.map((p) => (p.id === "apac" ? { ...p, name: "Asia-Pacific" } : p)) };
    await owner.publish({ note: "theirs", config: renamed });
    const after = await morgan.get();
    expect(after.published?.version).toBe(2);
    expect(after.published?.config.paths.find((p) => p.id === "apac")?.name).toBe("Asia-Pacific");
    await env.testDb.db.routingSettings.deleteMany({});
    expect((await morgan.get()).published).toBeNull();
  });

  it("refuses to publish a draft with errors, with paths, and keeps the published version", async () => {
    const caller = await callerFor("manager@demo.switchboard.dev");
    const { draft } = await caller.get();
    const broken = { ...draft, paths: draft.paths.map((p) => (p.id === "apac" ? { ...p, destination: { type: "rep", repId: "nobody" } } : p)) };
    const saved = await caller.saveDraft({ config: broken });
    expect(saved.analysis.errors.map((e) => e.path)).toContain("paths.2.destination.repId");
    await expect(caller.publish({ note: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await caller.get()).publishedVersion).toBe(1);
    await caller.discardDraft();
    expect((await caller.get()).hasUnpublishedChanges).toBe(false);
  });

  it("tests a lead with the published config or the draft", async () => {
    const caller = await callerFor("manager@demo.switchboard.dev");
    const at = "2026-12-01T15:00:00Z";
    const result = await caller.testLead({ useDraft: false, formSlug: "demo", answers: BANK_VP, at });
    expect(result.repName).toBe("Sarah Chen");
    expect(result.headline).toMatch(/^Routed to Sarah Chen/);
    const { draft } = await caller.get();
    await caller.saveDraft({ config: { ...draft, paths: draft.paths.filter((p) => p.id !== "enterprise") } });
    const fromDraft = await caller.testLead({ useDraft: true, formSlug: "demo", answers: BANK_VP, at });
    expect(fromDraft.decision.pathName).toBe("Inbound");
    expect(fromDraft.configVersion).toBeNull();
  });

  it("two managers editing at once: a save, publish or discard from a stale revision is a CONFLICT and writes nothing", async () => {
    const morgan = await callerFor("manager@demo.switchboard.dev");
    const owner = await callerFor("owner@demo.switchboard.dev");
    const mine = await morgan.get();
    const theirs = await owner.get();
    expect(mine.draftRevision).toBe(theirs.draftRevision);
    const rename = (draft: typeof mine.draft, name: string) => ({ ...draft, paths: draft.paths.map((p) => (p.id === "apac" ? { ...p, name } : p)) });

    const saved = await owner.saveDraft({ config: rename(theirs.draft, "Theirs"), baseRevision: theirs.draftRevision });
    expect(saved.revision).not.toBe(theirs.draftRevision);
    // Morgan's editor still holds the old revision: each write is refused, and the owner's draft stays.
    await expect(morgan.saveDraft({ config: rename(mine.draft, "Mine"), baseRevision: mine.draftRevision })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by someone else/) });
    await expect(morgan.publish({ note: "mine", config: rename(mine.draft, "Mine"), baseRevision: mine.draftRevision })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(morgan.discardDraft({ baseRevision: mine.draftRevision })).rejects.toMatchObject({ code: "CONFLICT" });
    const now = await morgan.get();
    expect(now.draft.paths.find((p) => p.id === "apac")?.name).toBe("Theirs");
    expect(now.publishedVersion).toBe(1);
    expect(now.draftRevision).toBe(saved.revision);

    // From the current revision the write goes through, and each write moves the revision on.
    const next = await morgan.saveDraft({ config: rename(now.draft, "Mine"), baseRevision: now.draftRevision });
    const published = await morgan.publish({ note: "mine", config: rename(now.draft, "Mine"), baseRevision: next.revision });
    expect(published.version).toBe(2);
    await expect(owner.saveDraft({ config: theirs.draft, baseRevision: next.revision })).rejects.toMatchObject({ code: "CONFLICT" });
    // A rollback (from the history page) also moves it: an editor opened before is told.
    await owner.rollback({ version: 1 });
    await expect(morgan.saveDraft({ config: now.draft, baseRevision: published.revision })).rejects.toMatchObject({ code: "CONFLICT" });
    const discarded = await morgan.discardDraft({ baseRevision: (await morgan.get()).draftRevision });
    expect(discarded.draft.paths.find((p) => p.id === "apac")?.name).toBe("APAC");
  });

  it("of two saves from the same revision at the same moment, exactly one wins", async () => {
    const morgan = await callerFor("manager@demo.switchboard.dev");
    const { draft, draftRevision } = await morgan.get();
    const results = await Promise.allSettled(["A", "B"].map((name) => morgan.saveDraft({ config: { ...draft, paths: draft.paths.map((p) => (p.id === "apac" ? { ...p, name } : p)) }, baseRevision: draftRevision })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results.find((r) => r.status === "fulfilled")!.value;
    expect((await morgan.get()).draft.paths.find((p) => p.id === "apac")?.name).toBe(winner.draft.paths.find((p) => p.id === "apac")?.name);
  });

  it("a workspace that never saved nor published has no revision yet: the first save from null wins, the second is a CONFLICT", async () => {
    const morgan = await callerFor("manager@demo.switchboard.dev");
    const { draft } = await morgan.get();
    await env.testDb.db.routingSettings.deleteMany({});
    expect((await morgan.get()).draftRevision).toBeNull();
    const first = await morgan.saveDraft({ config: draft, baseRevision: null });
    expect(first.revision).toEqual(expect.any(String));
    await expect(morgan.saveDraft({ config: draft, baseRevision: null })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
