// Text PostgreSQL cannot store (domain/validation/storable-text.ts) in tRPC input: a lone UTF-16
// surrogate (half an emoji) and a NUL, through the forms procedures (a jsonb draft, a text name, a
// search) and a tRPC caller against a real database. Made storable for every procedure by the
// base middleware (trpc.ts): stored with U+FFFD and without the NUL, instead of a database error
// (jsonb refuses "\ud83d" and "\u0000": a 500), while a whole emoji and a superjson Date pass as given.
import { describe, expect, it } from "vitest";
import { formsRouter } from "./routers/forms";
import { createCallerFactory, router } from "./trpc";
import { defaultDefinition, defaultScoring } from "../services/forms/default-form";
import { createForm } from "../services/forms";
import { contextFor, makeMember, makeWorkspace } from "../testing/factories";
import { useTestDb } from "../testing/use-test-db";

const createCaller = createCallerFactory(router({ forms: formsRouter }));
const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

async function setup() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const owner = await makeMember(db, ws.id, "OWNER", "Olga Owner");
  const { id } = await createForm(db, ws.id, { name: "Plain" });
  return { db, formId: id, caller: createCaller(contextFor(db, owner.user)) };
}

describe(`tRPC input is made storable (${lane})`, () => {
  it("a form draft (jsonb) and its name (text) with a lone surrogate and a NUL are saved with U+FFFD and without the NUL", async () => {
    const { db, formId, caller } = await setup();
    const { updatedAt } = await db.form.findUniqueOrThrow({ where: { id: formId }, select: { updatedAt: true } });
    const definition = defaultDefinition("Half \ud83d an emoji\u0000 · whole 🎉");
    definition.steps[0]!.fields[0]!.label = "Work\u0000 email \udc00";
    // baseUpdatedAt is a Date (superjson): it must reach the procedure as one.
    const saved = await caller.forms.updateDraft({ formId, definition, scoring: defaultScoring(), name: "Name \ud83d\u0000", baseUpdatedAt: updatedAt });
    expect(saved.id).toBe(formId);
    const form = await db.form.findUniqueOrThrow({ where: { id: formId } });
    expect(form.name).toBe("Name \ufffd");
    const stored = form.draftDefinition as { title: string; steps: { fields: { label: string }[] }[] };
    expect(stored.title).toBe("Half \ufffd an emoji · whole 🎉");
    expect(stored.steps[0]!.fields[0]!.label).toBe("Work email \ufffd");
    // The editor reads it back as stored.
    expect((await caller.forms.get({ formId })).definition.title).toBe("Half \ufffd an emoji · whole 🎉");
  });

  it("a rename (text) and a search (a query's input) with a NUL and a lone surrogate", async () => {
    const { formId, caller } = await setup();
    expect(await caller.forms.rename({ formId, name: "Pl\u0000ain \ud83d" })).toMatchObject({ name: "Plain \ufffd" });
    expect((await caller.forms.list({ search: "Pla\u0000in" })).map((f) => f.id)).toEqual([formId]);
  });
});
