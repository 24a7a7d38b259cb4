// Forms service against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL):
// slugs, draft validation, immutable published versions, roles and workspace isolation through
// the tRPC procedures.
import { describe, expect, it } from "vitest";
import { formsRouter } from "../../api/routers/forms";
import { leadsRouter } from "../../api/routers/leads";
import { createCallerFactory, router } from "../../api/trpc";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { defaultDefinition, defaultScoring } from "./default-form";
import { archiveForm, createForm, getFormForEditor, listForms, listVersions, publishForm, updateDraft } from "./index";
import { getPublishedForm } from "./published-form";

const createCaller = createCallerFactory(router({ forms: formsRouter, leads: leadsRouter }));
const testDb = useTestDb();

async function setup() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const other = await makeWorkspace(db, "Beta");
  const marketer = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
  const rep = await makeMember(db, ws.id, "REP", "rep");
  const manager = await makeMember(db, ws.id, "MANAGER", "manager");
  const otherAdmin = await makeMember(db, other.id, "ADMIN", "other-admin");
  return { db, ws, other, marketer, rep, manager, otherAdmin };
}

function withSecondStep(title: string): TFormDefinitionInput {
  const def = defaultDefinition(title);
  return {
    ...def,
    steps: [
      ...def.steps,
      {
        id: "step_2",
        fields: [{ key: "budget", type: "single_choice", label: "Budget", options: [{ value: "high", label: "$50k+" }, { value: "low", label: "Under $50k" }] }],
      },
    ],
  };
}

describe("createForm", () => {
  it("derives a globally unique slug from the name (-2, -3 across workspaces) and starts with a valid default draft", async () => {
    const { db, ws, other } = await setup();
    const first = await createForm(db, ws.id, { name: "Demo Request — Ünïcode!" });
    const second = await createForm(db, other.id, { name: "demo request ünicode" });
    const third = await createForm(db, ws.id, { name: "Demo request unicode" });
    expect([first.slug, second.slug, third.slug]).toEqual(["demo-request-unicode", "demo-request-unicode-2", "demo-request-unicode-3"]);
    const form = await getFormForEditor(db, ws.id, first.id);
    expect(form).toMatchObject({ status: "DRAFT", isDraftValid: true, currentVersion: null, hasUnpublishedChanges: true });
    expect(form.definition.title).toBe("Demo Request — Ünïcode!");
    expect(form.scoring.tiers.map((t) => t.key)).toEqual(["sales_ready", "nurture", "disqualified"]);
  });

  it("an explicit slug that is taken is a CONFLICT on slug; a name without letters gets 'form'", async () => {
    const { db, ws, other } = await setup();
    await createForm(db, ws.id, { name: "Contact", slug: "contact-us" });
    await expect(createForm(db, other.id, { name: "Other", slug: "contact-us" })).rejects.toMatchObject({ code: "CONFLICT", details: [{ path: "slug" }] });
    await expect(createForm(db, ws.id, { name: "!!!" })).resolves.toMatchObject({ slug: "form" });
    await expect(createForm(db, ws.id, { name: "x", slug: "Not a slug!" })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "slug" }] });
  });
});

describe("updateDraft", () => {
  it("rejects an invalid definition/scoring with field paths and writes nothing", async () => {
    const { db, ws } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Lead form" });
    const def = defaultDefinition("Lead form");
    const steps = [{ ...def.steps[0]!, fields: [def.steps[0]!.fields[0]!, { key: "Bad Key", type: "short_text" as const, label: "Name" }] }];
    const error = await updateDraft(db, ws.id, id, { definition: { ...def, steps }, scoring: { ...defaultScoring(), tiers: [] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    const paths = (error as { details: { path: string }[] }).details.map((d) => d.path);
    expect(paths).toContain("definition.steps.0.fields.1.key");
    expect(paths).toContain("scoring.tiers");
    const form = await getFormForEditor(db, ws.id, id);
    expect(form.definition.steps[0]?.fields.map((f) => f.key)).toEqual(["email", "name", "company"]);
  });

  it("saves the draft and the name", async () => {
    const { db, ws } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Lead form" });
    await updateDraft(db, ws.id, id, { definition: withSecondStep("New title"), scoring: defaultScoring(), name: "Renamed" });
    const form = await getFormForEditor(db, ws.id, id);
    expect(form.name).toBe("Renamed");
    expect(form.definition.steps.map((s) => s.id)).toEqual(["step_1", "step_2"]);
  });
});

describe("publishForm", () => {
  it("creates immutable, numbered versions; editing the draft later does not change version 1", async () => {
    const { db, ws, marketer } = await setup();
    const { id, slug } = await createForm(db, ws.id, { name: "Lead form" });
    const v1 = await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    expect(v1.version).toBe(1);
    const v1Row = await db.formVersion.findUniqueOrThrow({ where: { id: v1.versionId } });
    const v1Json = JSON.stringify([v1Row.definition, v1Row.scoring]);

    await updateDraft(db, ws.id, id, { definition: withSecondStep("Changed"), scoring: defaultScoring() });
    expect(await getFormForEditor(db, ws.id, id)).toMatchObject({ hasUnpublishedChanges: true, currentVersion: { version: 1 } });
    const v1After = await db.formVersion.findUniqueOrThrow({ where: { id: v1.versionId } });
    expect(JSON.stringify([v1After.definition, v1After.scoring])).toBe(v1Json);
    expect((await getPublishedForm(db, slug))?.version).toMatchObject({ version: 1, definition: { title: "Lead form" } });

    const v2 = await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    expect(v2.version).toBe(2);
    const form = await getFormForEditor(db, ws.id, id);
    expect(form).toMatchObject({ status: "PUBLISHED", hasUnpublishedChanges: false, currentVersion: { id: v2.versionId, version: 2 } });
    expect((await getPublishedForm(db, slug))?.version.definition.title).toBe("Changed");
    expect(JSON.stringify([(await db.formVersion.findUniqueOrThrow({ where: { id: v1.versionId } })).definition, v1Row.scoring])).toBe(v1Json);

    const versions = await listVersions(db, ws.id, id);
    expect(versions.map((v) => [v.version, v.isCurrent, v.publishedBy?.name])).toEqual([
      [2, true, "Mia Marketer"],
      [1, false, "Mia Marketer"],
    ]);
  });

  it("concurrent publishes get consecutive version numbers", async () => {
    const { db, ws, marketer } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Busy" });
    const results = await Promise.all([1, 2, 3].map(() => publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id })));
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    const form = await db.form.findUniqueOrThrow({ where: { id }, include: { currentVersion: true } });
    expect(form.currentVersion?.version).toBe(3);
  });

  it("a draft with problems is refused with the problems as details, and nothing is written", async () => {
    const { db, ws, marketer } = await setup();
    const def = defaultDefinition("Broken");
    const { id } = await createForm(db, ws.id, {
      name: "Broken",
      definition: { ...def, defaultOutcomeId: "nowhere", logic: [{ id: "r1", when: { kind: "rule", ref: "email", operator: "is_not_empty" }, action: { type: "show_field", fieldKey: "ghost" } }] },
    });
    const error = await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    const details = (error as { details: { path: string; message: string }[] }).details;
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect(d).toEqual(expect.objectContaining({ path: expect.any(String), message: expect.any(String) }));
    expect(details).toContainEqual(expect.objectContaining({ path: "defaultOutcomeId" }));
    expect(details).toContainEqual(expect.objectContaining({ path: "logic.0.action" }));
    expect(await db.formVersion.count()).toBe(0);
    expect(await db.form.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", currentVersionId: null });
  });

  it("archiving takes the form off the hosted page; publishing again brings it back as a new version", async () => {
    const { db, ws, marketer } = await setup();
    const { id, slug } = await createForm(db, ws.id, { name: "Seasonal" });
    await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    await archiveForm(db, ws.id, id);
    expect(await getPublishedForm(db, slug)).toBeNull();
    await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    expect(await getPublishedForm(db, slug)).toMatchObject({ version: { version: 2 } });
  });
});

describe("listForms", () => {
  it("shows the current version, its date and lead counts (spam apart), only for the workspace", async () => {
    const { db, ws, other, marketer } = await setup();
    const published = await createForm(db, ws.id, { name: "Published" });
    await createForm(db, ws.id, { name: "Draft only" });
    await createForm(db, other.id, { name: "Not ours" });
    const v = await publishForm(db, { workspaceId: ws.id, formId: published.id, userId: marketer.user.id });
    const lead = { workspaceId: ws.id, formId: published.id, formVersionId: v.versionId, answers: {}, scores: {}, breakdown: [], tier: "nurture", outcome: {}, utm: {} };
    await db.lead.createMany({ data: [lead, lead, { ...lead, isSpam: true }] });
    const forms = await listForms(db, ws.id);
    expect(forms.map((f) => f.name).sort()).toEqual(["Draft only", "Published"]);
    expect(forms.find((f) => f.name === "Published")).toMatchObject({ status: "PUBLISHED", currentVersion: 1, publishedAt: v.publishedAt, leadCount: 2, spamCount: 1 });
    expect(forms.find((f) => f.name === "Draft only")).toMatchObject({ status: "DRAFT", currentVersion: null, publishedAt: null, leadCount: 0 });
  });
});

describe("forms procedures: roles and workspace isolation", () => {
  type TCaller = ReturnType<typeof createCaller>;
  it.each([
    ["create", (c: TCaller) => c.forms.create({ name: "Sneaky" })],
    ["updateDraft", (c: TCaller, formId: string) => c.forms.updateDraft({ formId, definition: defaultDefinition("x"), scoring: defaultScoring() })],
    ["publish", (c: TCaller, formId: string) => c.forms.publish({ formId })],
    ["archive", (c: TCaller, formId: string) => c.forms.archive({ formId })],
  ])("a REP or MANAGER calling forms.%s gets FORBIDDEN and nothing changes", async (_name, call) => {
    const { db, ws, rep, manager } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Guarded" });
    const before = await db.form.findUniqueOrThrow({ where: { id } });
    for (const member of [rep, manager]) {
      await expect(call(createCaller(contextFor(db, member.user)), id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.form.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.form.count()).toBe(1);
    expect(await db.formVersion.count()).toBe(0);
  });

  it("a REP can read forms and versions", async () => {
    const { db, ws, rep } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Readable" });
    const caller = createCaller(contextFor(db, rep.user));
    expect((await caller.forms.list()).map((f) => f.id)).toEqual([id]);
    await expect(caller.forms.get({ formId: id })).resolves.toMatchObject({ id, name: "Readable" });
    await expect(caller.forms.versions({ formId: id })).resolves.toEqual([]);
  });

  it("a marketer publishes through the procedure; problems come back as BAD_REQUEST with details", async () => {
    const { db, ws, marketer } = await setup();
    const caller = createCaller(contextFor(db, marketer.user));
    const { id } = await caller.forms.create({ name: "Via tRPC" });
    await expect(caller.forms.publish({ formId: id })).resolves.toMatchObject({ version: 1 });
    await caller.forms.updateDraft({ formId: id, definition: { ...defaultDefinition("x"), defaultOutcomeId: "missing" }, scoring: defaultScoring() });
    const error = await caller.forms.publish({ formId: id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", cause: { code: "VALIDATION" } });
    expect((error as { cause: { details: unknown[] } }).cause.details.length).toBeGreaterThan(0);
    expect(await db.formVersion.count({ where: { formId: id } })).toBe(1);
    expect(ws.id).toBeTruthy();
  });

  it("another workspace's form id is NOT_FOUND for every procedure, and nothing changes", async () => {
    const { db, ws, otherAdmin, marketer } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Ours" });
    await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    const before = await db.form.findUniqueOrThrow({ where: { id } });
    const caller = createCaller(contextFor(db, otherAdmin.user));
    await expect(caller.forms.get({ formId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.forms.versions({ formId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.forms.updateDraft({ formId: id, definition: defaultDefinition("x"), scoring: defaultScoring() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.forms.publish({ formId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.forms.archive({ formId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await caller.forms.list()).toEqual([]);
    expect(await db.form.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.formVersion.count()).toBe(1);
  });
});
