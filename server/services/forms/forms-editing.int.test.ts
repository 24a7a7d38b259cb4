// Forms service, editing side, against a real database: templates, duplicate, rename, search,
// optimistic concurrency of drafts, restore a version as the draft, embed origins.
import { describe, expect, it } from "vitest";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { defaultDefinition, defaultScoring } from "./default-form";
import {
  archiveForm,
  createForm,
  duplicateForm,
  getFormForEditor,
  listForms,
  publishForm,
  renameForm,
  restoreVersionAsDraft,
  setAllowedOrigins,
  updateDraft,
} from "./index";
import { copyName } from "./duplicate-form";

const testDb = useTestDb();

async function setup() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const other = await makeWorkspace(db, "Beta");
  const marketer = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
  return { db, ws, other, marketer };
}

const titled = (title: string) => ({ definition: defaultDefinition(title), scoring: defaultScoring() });

describe("createForm from a template", () => {
  it.each([
    ["demo_request", "Book a demo", ["about_you", "company", "timeline"]],
    ["contact_sales", "Contact sales", ["contact"]],
    ["webinar", "Save your seat", ["register", "interest"]],
    ["blank", "My blank", ["step_1"]],
  ] as const)("%s starts a draft that publishes as is", async (template, title, stepIds) => {
    const { db, ws, marketer } = await setup();
    const { id } = await createForm(db, ws.id, { name: "My blank", template });
    const form = await getFormForEditor(db, ws.id, id);
    expect(form).toMatchObject({ name: "My blank", status: "DRAFT", isDraftValid: true });
    expect(form.definition.title).toBe(title);
    expect(form.definition.steps.map((s) => s.id)).toEqual(stepIds);
    await expect(publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id })).resolves.toMatchObject({ version: 1 });
  });

  it("an unknown template is a VALIDATION error on template", async () => {
    const { db, ws } = await setup();
    await expect(createForm(db, ws.id, { name: "x", template: "nope" as "blank" })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "template" }] });
  });
});

describe("duplicateForm", () => {
  it("copies the draft and scoring into a new DRAFT named '… (copy)' at a new address; versions and origins are not copied", async () => {
    const { db, ws, marketer } = await setup();
    const source = await createForm(db, ws.id, { name: "Demo request", template: "demo_request" });
    await publishForm(db, { workspaceId: ws.id, formId: source.id, userId: marketer.user.id });
    // The published questions keep their keys (the blank form's "Full name" is `name`, not `full_name`: refused after a publish).
    const published = await getFormForEditor(db, ws.id, source.id);
    await updateDraft(db, ws.id, source.id, { definition: { ...published.definition, title: "Edited after publish" }, scoring: published.scoring });
    await setAllowedOrigins(db, ws.id, source.id, { origins: ["https://www.example.com"] });

    const copy = await duplicateForm(db, ws.id, source.id);
    expect(copy).toMatchObject({ name: "Demo request (copy)", slug: "demo-request-copy" });
    const again = await duplicateForm(db, ws.id, source.id);
    expect(again.slug).toBe("demo-request-copy-2");

    const form = await getFormForEditor(db, ws.id, copy.id);
    expect(form).toMatchObject({ status: "DRAFT", currentVersion: null, allowedOrigins: [], isDraftValid: true });
    expect(form.definition.title).toBe("Edited after publish");
    expect(form.scoring).toEqual((await getFormForEditor(db, ws.id, source.id)).scoring);
    expect(await db.formVersion.count({ where: { formId: copy.id } })).toBe(0);
  });

  it("keeps names within 120 characters", () => {
    expect(copyName("a".repeat(120))).toHaveLength(120);
    expect(copyName("a".repeat(120)).endsWith(" (copy)")).toBe(true);
  });

  it("another workspace's form is NOT_FOUND", async () => {
    const { db, ws, other } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Ours" });
    await expect(duplicateForm(db, other.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.form.count()).toBe(1);
  });
});

describe("renameForm and listForms search", () => {
  it("renames (trimmed, not empty) without touching the slug; search matches name or slug, case-insensitively", async () => {
    const { db, ws, other } = await setup();
    const a = await createForm(db, ws.id, { name: "Demo request" });
    await createForm(db, ws.id, { name: "Webinar", slug: "spring-event" });
    await createForm(db, ws.id, { name: "50% off_deal" });
    await createForm(db, other.id, { name: "Demo elsewhere" });
    await expect(renameForm(db, ws.id, a.id, { name: "  " })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "name" }] });
    await expect(renameForm(db, ws.id, a.id, { name: "  Enterprise DEMO  " })).resolves.toMatchObject({ name: "Enterprise DEMO" });
    expect((await getFormForEditor(db, ws.id, a.id)).slug).toBe("demo-request");

    const names = async (search?: string) => (await listForms(db, ws.id, { search })).map((f) => f.name).sort();
    expect(await names()).toEqual(["50% off_deal", "Enterprise DEMO", "Webinar"]);
    expect(await names("demo")).toEqual(["Enterprise DEMO"]);
    expect(await names("DEMO-REQ")).toEqual(["Enterprise DEMO"]);
    expect(await names("spring")).toEqual(["Webinar"]);
    expect(await names("elsewhere")).toEqual([]);
    expect(await names("%")).toEqual(["50% off_deal"]);
    expect(await names("f_d")).toEqual(["50% off_deal"]);
    expect(await names("50_")).toEqual([]);
  });
});

describe("updateDraft with baseUpdatedAt", () => {
  it("saves when the base is current and returns the new revision; a stale base is a CONFLICT and writes nothing", async () => {
    const { db, ws } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Shared" });
    const start = (await getFormForEditor(db, ws.id, id)).updatedAt;

    const tabA = await updateDraft(db, ws.id, id, { ...titled("Tab A"), baseUpdatedAt: start });
    expect(tabA.updatedAt.getTime()).toBeGreaterThan(start.getTime());
    expect((await getFormForEditor(db, ws.id, id)).updatedAt).toEqual(tabA.updatedAt);

    const error = await updateDraft(db, ws.id, id, { ...titled("Tab B"), baseUpdatedAt: start }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: "This draft was changed in another tab or by someone else" });
    expect((await getFormForEditor(db, ws.id, id)).definition.title).toBe("Tab A");

    await expect(updateDraft(db, ws.id, id, { ...titled("Tab A again"), baseUpdatedAt: tabA.updatedAt })).resolves.toMatchObject({ id });
    expect((await getFormForEditor(db, ws.id, id)).definition.title).toBe("Tab A again");
  });

  it("of two concurrent saves from the same base exactly one wins", async () => {
    const { db, ws } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Race" });
    const base = (await getFormForEditor(db, ws.id, id)).updatedAt;
    const results = await Promise.allSettled(["One", "Two", "Three"].map((t) => updateDraft(db, ws.id, id, { ...titled(t), baseUpdatedAt: base })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT", "CONFLICT"]);
  });

  it("publish, archive and origin changes keep the draft revision, so the editor's next save is not a conflict; a rename moves it", async () => {
    const { db, ws, marketer } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Stable" });
    const base = (await getFormForEditor(db, ws.id, id)).updatedAt;
    await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    await setAllowedOrigins(db, ws.id, id, { origins: ["https://a.example"] });
    await archiveForm(db, ws.id, id);
    expect((await getFormForEditor(db, ws.id, id)).updatedAt).toEqual(base);
    const saved = await updateDraft(db, ws.id, id, { ...titled("Still mine"), baseUpdatedAt: base });
    await renameForm(db, ws.id, id, { name: "Renamed elsewhere" });
    await expect(updateDraft(db, ws.id, id, { ...titled("Stale"), baseUpdatedAt: saved.updatedAt })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("restoreVersionAsDraft", () => {
  it("copies the version's definition and scoring into the draft; versions and the live version are untouched", async () => {
    const { db, ws, marketer } = await setup();
    const { id } = await createForm(db, ws.id, { name: "History" });
    await updateDraft(db, ws.id, id, { definition: defaultDefinition("First"), scoring: { ...defaultScoring(), tiers: [{ key: "all", label: "All", minScore: null }] } });
    await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    await updateDraft(db, ws.id, id, titled("Second"));
    const v2 = await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    await updateDraft(db, ws.id, id, titled("Work in progress"));
    const versionsBefore = await db.formVersion.findMany({ orderBy: { version: "asc" } });
    const base = (await getFormForEditor(db, ws.id, id)).updatedAt;

    const restored = await restoreVersionAsDraft(db, { workspaceId: ws.id, formId: id, version: 1 });
    expect(restored.version).toBe(1);
    const form = await getFormForEditor(db, ws.id, id);
    expect(form.definition.title).toBe("First");
    expect(form.scoring.tiers.map((t) => t.key)).toEqual(["all"]);
    expect(form).toMatchObject({ currentVersion: { id: v2.versionId, version: 2 }, hasUnpublishedChanges: true, status: "PUBLISHED" });
    expect(await db.formVersion.findMany({ orderBy: { version: "asc" } })).toEqual(versionsBefore);
    // An editor still holding the work-in-progress revision is told, not silently overwriting the restore.
    await expect(updateDraft(db, ws.id, id, { ...titled("Old tab"), baseUpdatedAt: base })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a missing version is NOT_FOUND; another workspace's form is NOT_FOUND", async () => {
    const { db, ws, other, marketer } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Once" });
    await publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id });
    await expect(restoreVersionAsDraft(db, { workspaceId: ws.id, formId: id, version: 7 })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Version 7 of this form does not exist." });
    await expect(restoreVersionAsDraft(db, { workspaceId: other.id, formId: id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("setAllowedOrigins", () => {
  it("stores the normalised list, replacing the previous one", async () => {
    const { db, ws } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Embedded" });
    await expect(setAllowedOrigins(db, ws.id, id, { origins: ["HTTPS://WWW.Example.com:443/", "http://localhost:8080"] })).resolves.toEqual({
      id,
      allowedOrigins: ["https://www.example.com", "http://localhost:8080"],
    });
    await setAllowedOrigins(db, ws.id, id, { origins: ["https://shop.example.com"] });
    expect((await getFormForEditor(db, ws.id, id)).allowedOrigins).toEqual(["https://shop.example.com"]);
    await setAllowedOrigins(db, ws.id, id, { origins: [] });
    expect((await getFormForEditor(db, ws.id, id)).allowedOrigins).toEqual([]);
  });

  it("invalid entries and duplicates are VALIDATION at origins.<i>; too many at origins; nothing written", async () => {
    const { db, ws } = await setup();
    const { id } = await createForm(db, ws.id, { name: "Embedded" });
    await setAllowedOrigins(db, ws.id, id, { origins: ["https://keep.example"] });
    const error = await setAllowedOrigins(db, ws.id, id, { origins: ["https://ok.example", "ftp://x.example", "https://ok.example/", "https://a.example/path"] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect((error as { details: { path: string; message: string }[] }).details).toEqual([
      { path: "origins.1", message: "Only http:// and https:// websites can embed a form" },
      { path: "origins.2", message: "https://ok.example is already in the list" },
      { path: "origins.3", message: "Leave out the path: only scheme, host and port are allowed" },
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `https://s${i}.example`);
    await expect(setAllowedOrigins(db, ws.id, id, { origins: many })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "origins" }] });
    expect((await getFormForEditor(db, ws.id, id)).allowedOrigins).toEqual(["https://keep.example"]);
  });
});
