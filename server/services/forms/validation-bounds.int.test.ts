// A question whose minimum is above its maximum is refused on save and on publish, with a message
// naming the question and the setting (domain/forms/validation-bounds.ts): the API and the builder
// share the rule.
import { describe, expect, it } from "vitest";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { defaultDefinition, defaultScoring } from "./default-form";
import { createForm, getFormForEditor, publishForm, updateDraft } from "./index";

const testDb = useTestDb();

function withSeats(validation: Record<string, number>) {
  const definition = defaultDefinition("Bounds");
  const [first, ...rest] = definition.steps;
  return { ...definition, steps: [{ ...first!, fields: [...first!.fields, { key: "seats", type: "number", label: "Seats", required: true, validation }] }, ...rest] };
}

const SEATS_MESSAGE = "'Seats': the minimum (10) is more than the maximum (5); no answer can meet both";

describe("validation bounds on save and publish", () => {
  it("updateDraft refuses a minimum above the maximum and keeps the stored draft", async () => {
    const db = testDb.db;
    const ws = await makeWorkspace(db, "Alpha");
    const { id } = await createForm(db, ws.id, { name: "Bounds" });
    const definition = withSeats({ min: 10, max: 5 });
    const index = definition.steps[0]!.fields.length - 1;
    await expect(updateDraft(db, ws.id, id, { definition, scoring: defaultScoring() })).rejects.toMatchObject({
      code: "VALIDATION",
      message: SEATS_MESSAGE,
      details: [{ path: `definition.steps.0.fields.${index}.validation.max`, message: SEATS_MESSAGE }],
    });
    const stored = await getFormForEditor(db, ws.id, id);
    expect(stored.definition.steps[0]!.fields.map((f) => f.key)).not.toContain("seats");
    // Equal bounds are fine.
    await expect(updateDraft(db, ws.id, id, { definition: withSeats({ min: 5, max: 5 }), scoring: defaultScoring() })).resolves.toMatchObject({ id });
  });

  it("createForm with such a definition is refused", async () => {
    const db = testDb.db;
    const ws = await makeWorkspace(db, "Alpha");
    await expect(createForm(db, ws.id, { name: "Bounds", definition: withSeats({ minLength: 1, min: 10, max: 5 }), scoring: defaultScoring() })).rejects.toMatchObject({ code: "VALIDATION", message: SEATS_MESSAGE });
  });

  it("publishForm refuses a stored draft with such bounds (saved before the rule) and publishes nothing", async () => {
    const db = testDb.db;
    const ws = await makeWorkspace(db, "Alpha");
    const marketer = await makeMember(db, ws.id, "MARKETER", "Mia Marketer");
    const { id } = await createForm(db, ws.id, { name: "Bounds" });
    await db.form.update({ where: { id }, data: { draftDefinition: withSeats({ min: 10, max: 5 }) as object } });
    await expect(publishForm(db, { workspaceId: ws.id, formId: id, userId: marketer.user.id })).rejects.toMatchObject({ code: "VALIDATION", message: SEATS_MESSAGE });
    expect(await db.formVersion.count({ where: { formId: id } })).toBe(0);
  });
});
