// The process's parsed form versions (form-version-cache.ts) as the published form and the lead
// resource read them: a new version is seen at once, a lead keeps its own version's labels, the
// parse is shared and frozen (a caller cannot change what the next request reads), and a stored
// version that no longer parses labels by key — each equal to getLead's own parse (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { getLead } from "../leads/get-lead";
import { loadLeadResourceData } from "../leads/lead-resource-data";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { defaultDefinition, defaultScoring } from "./default-form";
import { parsedFormVersion } from "./form-version-cache";
import { createForm, publishForm, updateDraft } from "./index";
import { getPublishedForm } from "./published-form";

const testDb = useTestDb();

function definitionWithEmailLabel(label: string) {
  const def = defaultDefinition("Lead form");
  return { ...def, steps: def.steps.map((s) => ({ ...s, fields: s.fields.map((f) => (f.key === "email" ? { ...f, label } : f)) })) };
}

async function setup() {
  const { db } = testDb;
  const ws = await makeWorkspace(db, "Alpha");
  const marketer = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
  const form = await createForm(db, ws.id, { name: "Lead form" });
  const publish = () => publishForm(db, { workspaceId: ws.id, formId: form.id, userId: marketer.user.id });
  const leadOn = async (formVersionId: string) =>
    (await db.lead.create({ data: { workspaceId: ws.id, formId: form.id, formVersionId, answers: { email: "ann@acme.com" }, scores: {}, breakdown: [], tier: "nurture", outcome: {}, utm: {} } })).id;
  const emailLabelOf = async (leadId: string) => {
    const { detail } = await loadLeadResourceData(db, ws.id, leadId);
    expect(detail).toEqual(await getLead(db, ws.id, leadId));
    return detail.answers.find((a) => a.key === "email")?.label;
  };
  return { db, ws, form, publish, leadOn, emailLabelOf };
}

describe("parsed form versions, per process by version id", () => {
  it("a new version is seen at once; a lead keeps the labels of the version it came with", async () => {
    const { db, ws, form, publish, leadOn, emailLabelOf } = await setup();
    await updateDraft(db, ws.id, form.id, { definition: definitionWithEmailLabel("Email v1"), scoring: defaultScoring() });
    const v1 = await publish();
    const onV1 = await leadOn(v1.versionId);
    expect(await emailLabelOf(onV1)).toBe("Email v1");
    const publishedEmailLabel = async () => (await getPublishedForm(db, form.slug))?.version.definition.steps[0]?.fields.find((f) => f.key === "email")?.label;
    expect(await publishedEmailLabel()).toBe("Email v1");

    await updateDraft(db, ws.id, form.id, { definition: definitionWithEmailLabel("Email v2"), scoring: defaultScoring() });
    const v2 = await publish();
    expect((await getPublishedForm(db, form.slug))?.version).toMatchObject({ id: v2.versionId, version: 2 });
    expect(await publishedEmailLabel()).toBe("Email v2");
    expect(await emailLabelOf(await leadOn(v2.versionId))).toBe("Email v2");
    expect(await emailLabelOf(onV1)).toBe("Email v1");
  });

  it("shares one frozen parse: a caller cannot change what the next request reads", async () => {
    const { db, form, publish } = await setup();
    const v1 = await publish();
    const first = await getPublishedForm(db, form.slug);
    const second = await getPublishedForm(db, form.slug);
    expect(second?.version.definition).toBe(first?.version.definition);
    expect((await parsedFormVersion(db, v1.versionId))?.definition).toBe(first?.version.definition);
    const field = first!.version.definition.steps[0]!.fields[0]!;
    expect(() => {
      (field as { label: string }).label = "Changed";
    }).toThrow(TypeError);
    expect(() => first!.version.scoring.tiers.push({ key: "x", label: "X", minScore: null })).toThrow(TypeError);
    expect((await getPublishedForm(db, form.slug))?.version.definition.steps[0]!.fields[0]!.label).toBe("Work email");
    expect(await parsedFormVersion(db, "no-such-version")).toBeNull();
  });

  it("a stored version that no longer parses labels answers by key, like getLead, and is not served as a published form", async () => {
    const { db, ws, form, leadOn, emailLabelOf } = await setup();
    const broken = await db.formVersion.create({ data: { formId: form.id, workspaceId: ws.id, version: 7, definition: { title: 42 }, scoring: { tiers: "none" } } });
    expect(await parsedFormVersion(db, broken.id)).toEqual({ definition: null, scoring: null });
    expect(await emailLabelOf(await leadOn(broken.id))).toBe("email");
    await db.form.update({ where: { id: form.id }, data: { status: "PUBLISHED", currentVersionId: broken.id } });
    await expect(getPublishedForm(db, form.slug)).rejects.toMatchObject({ code: "INTERNAL" });
  });
});
