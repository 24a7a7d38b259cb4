// Publishing a form version that removes a question the workspace's routing reads is refused
// (published config and routing draft), unless another form still has it; nothing is published.
// Archiving the form is refused the same way (routing does not read archived forms).
import { describe, expect, it } from "vitest";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import type { TErrorDetail } from "../../errors";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { publishRouting, saveRoutingDraft } from "../routing/routing-settings";
import { defaultDefinition, defaultScoring } from "./default-form";
import { ARCHIVE_REFUSED_MESSAGE, archiveForm, createForm, publishForm, updateDraft } from "./index";

const testDb = useTestDb();

const SIZE_FIELD = { key: "single_choice", type: "single_choice" as const, label: "Company size", options: [{ value: "option_1", label: "1000+" }, { value: "option_2", label: "Fewer" }] };
const REFUSAL = `Routing path "QA big companies" checks 'Company size' ("single_choice"), which this version removes — change the path first`;

function withSize(title: string, hasSize = true): TFormDefinitionInput {
  const def = defaultDefinition(title);
  return { ...def, steps: [{ ...def.steps[0]!, fields: [...def.steps[0]!.fields, ...(hasSize ? [SIZE_FIELD] : [])] }] };
}

async function setup() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const marketer = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
  const manager = await makeMember(db, ws.id, "MANAGER", "Max Manager");
  const team = await db.team.create({ data: { workspaceId: ws.id, name: "QA" } });
  const { id: formId } = await createForm(db, ws.id, { name: "Demo", definition: withSize("Demo"), scoring: defaultScoring() });
  await publishForm(db, { workspaceId: ws.id, formId, userId: marketer.user.id });
  const routing = (ref: string) => ({
    paths: [{ id: "qa", name: "QA big companies", when: { kind: "rule", ref, operator: ref === "answers.single_choice" ? "equals" : "is_not_empty", value: "option_1" }, destination: { type: "team", teamId: team.id, strategy: { chooser: { type: "round_robin" } } } }],
    fallback: { ownerUserId: manager.user.id, queueName: "Backup" },
  });
  const publish = () => publishForm(db, { workspaceId: ws.id, formId, userId: marketer.user.id });
  const removeSize = () => updateDraft(db, ws.id, formId, { definition: withSize("Demo", false), scoring: defaultScoring() });
  return { db, ws, marketer, formId, routing, publish, removeSize };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; details: TErrorDetail[] }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toMatchObject({ code: "VALIDATION" });
  return error as { code: string; message: string; details: TErrorDetail[] };
}

describe("publishForm and routing", () => {
  it("refuses a version without a question a published routing path reads, publishes nothing; publishes once the path no longer reads it", async () => {
    const { db, ws, formId, routing, publish, removeSize } = await setup();
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.single_choice") });
    await removeSize();

    const error = await refusal(publish());
    expect(error.message).toBe("The form cannot be published yet.");
    expect(error.details).toEqual([{ path: "routing.paths.0.when.ref", fieldKey: "single_choice", message: REFUSAL }]);
    expect(await db.formVersion.count({ where: { formId } })).toBe(1);
    const form = await db.form.findUniqueOrThrow({ where: { id: formId }, include: { currentVersion: true } });
    expect(form.currentVersion?.version).toBe(1);

    // The path is changed (published, and so the draft too): the version publishes.
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.email") });
    await expect(publish()).resolves.toMatchObject({ version: 2 });
    // And routing still publishes afterwards (no ref left that the 422 would refuse).
    await expect(publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.email") })).resolves.toMatchObject({ version: 3 });
  });

  it("a routing draft reading the question refuses too, naming the draft", async () => {
    const { db, ws, formId, routing, publish, removeSize } = await setup();
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.email") });
    await saveRoutingDraft(db, ws.id, routing("answers.single_choice"));
    await removeSize();
    const error = await refusal(publish());
    expect(error.details).toEqual([
      { path: "routingDraft.paths.0.when.ref", fieldKey: "single_choice", message: REFUSAL.replace("big companies\"", "big companies\" in the unpublished routing draft") },
    ]);
    expect(await db.formVersion.count({ where: { formId } })).toBe(1);
  });

  it("form problems and routing problems come back together", async () => {
    const { db, ws, formId, routing, publish } = await setup();
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.single_choice") });
    await updateDraft(db, ws.id, formId, { definition: { ...withSize("Demo", false), defaultOutcomeId: "nowhere" }, scoring: defaultScoring() });
    const error = await refusal(publish());
    expect(error.details.map((d) => d.path)).toEqual(["defaultOutcomeId", "routing.paths.0.when.ref"]);
  });

  it("publishes when another form of the workspace still has the question", async () => {
    const { db, ws, marketer, routing, publish, removeSize } = await setup();
    const other = await createForm(db, ws.id, { name: "Other", definition: withSize("Other"), scoring: defaultScoring() });
    await publishForm(db, { workspaceId: ws.id, formId: other.id, userId: marketer.user.id });
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.single_choice") });
    await removeSize();
    await expect(publish()).resolves.toMatchObject({ version: 2 });
  });

  it("publishes a version that keeps the question, and any version when routing was never set up", async () => {
    const { db, ws, formId, routing, publish, removeSize } = await setup();
    await removeSize();
    await expect(publish()).resolves.toMatchObject({ version: 2 });
    await updateDraft(db, ws.id, formId, { definition: withSize("Demo"), scoring: defaultScoring() });
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.single_choice") });
    await expect(publish()).resolves.toMatchObject({ version: 3 });
  });

  it("refuses archiving the only form with a question routing reads (published or draft), nothing written; archives once the path no longer reads it", async () => {
    const { db, ws, marketer, formId, routing } = await setup();
    // Another published form asks the same questions but the company size.
    const other = await createForm(db, ws.id, { name: "Other", definition: withSize("Other", false), scoring: defaultScoring() });
    await publishForm(db, { workspaceId: ws.id, formId: other.id, userId: marketer.user.id });
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.single_choice") });
    const status = async () => (await db.form.findUniqueOrThrow({ where: { id: formId } })).status;

    const error = await refusal(archiveForm(db, ws.id, formId));
    expect(error.message).toBe(ARCHIVE_REFUSED_MESSAGE);
    expect(error.details).toEqual([{ path: "routing.paths.0.when.ref", fieldKey: "single_choice", message: REFUSAL.replace("which this version removes", "which archiving this form removes") }]);
    expect(await status()).toBe("PUBLISHED");

    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.email") });
    await saveRoutingDraft(db, ws.id, routing("answers.single_choice"));
    expect((await refusal(archiveForm(db, ws.id, formId))).details.map((d) => d.path)).toEqual(["routingDraft.paths.0.when.ref"]);
    expect(await status()).toBe("PUBLISHED");

    await saveRoutingDraft(db, ws.id, routing("answers.email"));
    await expect(archiveForm(db, ws.id, formId)).resolves.toEqual({ id: formId, status: "ARCHIVED" });
    expect(await status()).toBe("ARCHIVED");
    // Archiving again is a no-op.
    await expect(archiveForm(db, ws.id, formId)).resolves.toEqual({ id: formId, status: "ARCHIVED" });
  });

  it("archives when another form still has the question, or routing was never set up", async () => {
    const { db, ws, marketer, formId, routing } = await setup();
    const other = await createForm(db, ws.id, { name: "Other", definition: withSize("Other"), scoring: defaultScoring() });
    await expect(archiveForm(db, ws.id, other.id)).resolves.toMatchObject({ status: "ARCHIVED" });
    await publishForm(db, { workspaceId: ws.id, formId: other.id, userId: marketer.user.id });
    await publishRouting(db, { workspaceId: ws.id, userId: null, config: routing("answers.single_choice") });
    await expect(archiveForm(db, ws.id, formId)).resolves.toMatchObject({ status: "ARCHIVED" });
  });
});
