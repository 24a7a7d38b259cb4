// Question keys are fixed after the first publish, on the server (the builder only hides the Key
// setting): a draft save — service and forms.updateDraft — that gives a published question another
// key is refused naming the question's path and nothing is written; adding and deleting questions
// (as the builder does) and restoring an older version stay allowed; before the first publish any
// key may change. Publishing refuses a stored draft with a changed key (saved before this check).
// The builder's read-only keys are those of every published version; a question added since keeps
// a key that can change until it is published (listPublishedFieldKeys).
import { describe, expect, it } from "vitest";
import { formsRouter } from "../../api/routers/forms";
import { createCallerFactory, router } from "../../api/trpc";
import type { TFormDefinition } from "../../domain/forms/definition";
import { addField, removeField, renameFieldKey, type TEditorState } from "../../domain/forms/editor";
import { KEYS_FIXED_MESSAGE } from "../../domain/forms/published-key-changes";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { getFormForEditor, listPublishedFieldKeys, publishForm, restoreVersionAsDraft, updateDraft } from "./index";
import { createForm } from "./write-forms";

const testDb = useTestDb();
const createCaller = createCallerFactory(router({ forms: formsRouter }));

async function setup({ publish = true } = {}) {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const marketer = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
  const { id: formId } = await createForm(db, ws.id, { name: "Keys" });
  if (publish) await publishForm(db, { workspaceId: ws.id, formId, userId: marketer.user.id });
  const editor = async (): Promise<TEditorState & { updatedAt: Date }> => {
    const f = await getFormForEditor(db, ws.id, formId);
    return { definition: f.definition, scoring: f.scoring, updatedAt: f.updatedAt };
  };
  const caller = createCaller(contextFor(db, marketer.user));
  return { db, ws, marketer, formId, editor, caller };
}

/** The default form's questions are email, name, company (step_1); `company` renamed `organisation`. */
function renamedCompany(definition: TFormDefinition): TFormDefinition {
  const [step] = definition.steps;
  return { ...definition, steps: [{ ...step!, fields: step!.fields.map((f) => (f.key === "company" ? { ...f, key: "organisation" } : f)) }] };
}

const refusal = {
  code: "VALIDATION",
  message: KEYS_FIXED_MESSAGE,
  details: [{ path: "definition.steps.0.fields.2.key", message: expect.stringMatching(/published with the key 'company'; keys are fixed after the form is first published/) }],
};

describe("a draft that changes a published question's key", () => {
  it("is refused by the service with the question's path, and nothing is written", async () => {
    const { db, ws, formId, editor } = await setup();
    const before = await editor();
    await expect(updateDraft(db, ws.id, formId, { definition: renamedCompany(before.definition), scoring: before.scoring, baseUpdatedAt: before.updatedAt })).rejects.toMatchObject(refusal);
    await expect(updateDraft(db, ws.id, formId, { definition: renamedCompany(before.definition), scoring: before.scoring })).rejects.toMatchObject(refusal);
    expect(await editor()).toEqual(before);
  });

  it("is refused through forms.updateDraft (BAD_REQUEST, the path in details)", async () => {
    const { formId, editor, caller } = await setup();
    const before = await editor();
    const call = caller.forms.updateDraft({ formId, definition: renamedCompany(before.definition), scoring: before.scoring, baseUpdatedAt: before.updatedAt });
    await expect(call).rejects.toMatchObject({ code: "BAD_REQUEST", message: KEYS_FIXED_MESSAGE, cause: { details: refusal.details } });
    expect(await editor()).toEqual(before);
  });

  it("is accepted before the first publish", async () => {
    const { formId, editor, caller } = await setup({ publish: false });
    const before = await editor();
    await caller.forms.updateDraft({ formId, definition: renamedCompany(before.definition), scoring: before.scoring, baseUpdatedAt: before.updatedAt });
    expect((await editor()).definition.steps[0]!.fields.map((f) => f.key)).toEqual(["email", "name", "organisation"]);
  });

  it("already stored (saved before this check) is refused at publish, nothing published", async () => {
    const { db, ws, marketer, formId, editor } = await setup();
    const before = await editor();
    await db.form.update({ where: { id: formId }, data: { draftDefinition: renamedCompany(before.definition) as object } });
    await expect(publishForm(db, { workspaceId: ws.id, formId, userId: marketer.user.id })).rejects.toMatchObject({
      code: "VALIDATION",
      details: [{ path: "steps.0.fields.2.key", fieldKey: "organisation", message: expect.stringMatching(/keep 'company'/) }],
    });
    expect(await db.formVersion.count({ where: { formId } })).toBe(1);
  });
});

describe("after the first publish, the builder's own edits still save", () => {
  it("adding questions (new keys), deleting questions, then publishing", async () => {
    const { formId, editor, caller } = await setup();
    const { updatedAt, ...state } = await editor();
    const added = addField(state, { stepId: "step_1", type: "number", label: "Seats" });
    if (!added.ok) throw new Error(added.error);
    const removed = removeField(added.state, "company");
    if (!removed.ok) throw new Error(removed.error);
    await caller.forms.updateDraft({ formId, ...removed.state, baseUpdatedAt: updatedAt });
    expect((await editor()).definition.steps[0]!.fields.map((f) => f.key)).toEqual(["email", "name", "seats"]);
    await expect(caller.forms.publish({ formId })).resolves.toMatchObject({ version: 2 });
  });

  it("restoring version 1 after version 2 dropped a question, and saving it again", async () => {
    const { db, ws, formId, editor, caller } = await setup();
    const { updatedAt, ...state } = await editor();
    const removed = removeField(state, "company");
    if (!removed.ok) throw new Error(removed.error);
    await caller.forms.updateDraft({ formId, ...removed.state, baseUpdatedAt: updatedAt });
    await caller.forms.publish({ formId });
    await restoreVersionAsDraft(db, { workspaceId: ws.id, formId, version: 1 });
    const restored = await editor();
    await expect(caller.forms.updateDraft({ formId, definition: restored.definition, scoring: restored.scoring, baseUpdatedAt: restored.updatedAt })).resolves.toMatchObject({ id: formId });
  });
});

describe("the keys the builder keeps read-only (listPublishedFieldKeys)", () => {
  it("are those of every published version: a question added to the draft keeps its key free until it is published", async () => {
    const { db, ws, formId, editor, caller } = await setup({ publish: false });
    expect(await listPublishedFieldKeys(db, ws.id, formId)).toEqual([]);
    await caller.forms.publish({ formId });
    expect(await listPublishedFieldKeys(db, ws.id, formId)).toEqual(["company", "email", "name"]);

    // A new question on the live form, renamed from its default key, saves; its key is not locked.
    const { updatedAt, ...state } = await editor();
    const added = addField(state, { stepId: "step_1", type: "short_text" });
    if (!added.ok) throw new Error(added.error);
    const renamed = renameFieldKey(added.state, added.key, "budget_owner");
    if (!renamed.ok) throw new Error(renamed.error);
    await caller.forms.updateDraft({ formId, ...renamed.state, baseUpdatedAt: updatedAt });
    expect(await listPublishedFieldKeys(db, ws.id, formId)).toEqual(["company", "email", "name"]);

    // Published, it is locked; a key a later version drops stays locked (its answers remain).
    await caller.forms.publish({ formId });
    expect(await listPublishedFieldKeys(db, ws.id, formId)).toEqual(["budget_owner", "company", "email", "name"]);
    const v2 = await editor();
    const removed = removeField({ definition: v2.definition, scoring: v2.scoring }, "company");
    if (!removed.ok) throw new Error(removed.error);
    await caller.forms.updateDraft({ formId, ...removed.state, baseUpdatedAt: v2.updatedAt });
    await caller.forms.publish({ formId });
    expect(await listPublishedFieldKeys(db, ws.id, formId)).toEqual(["budget_owner", "company", "email", "name"]);
  });

  it("are scoped to the workspace: another workspace's form gives none", async () => {
    const { db, formId } = await setup();
    const other = await makeWorkspace(db, "Beta");
    expect(await listPublishedFieldKeys(db, other.id, formId)).toEqual([]);
  });
});
