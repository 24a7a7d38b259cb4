// The forms procedures through a tRPC caller against a real database: who may write (OWNER,
// ADMIN, MARKETER) and who only reads (MANAGER, REP), workspace isolation, draft conflicts and
// publish refusals as the editor sees them.
import { describe, expect, it } from "vitest";
import { formsRouter } from "../../api/routers/forms";
import { createCallerFactory, router } from "../../api/trpc";
import type { TRole } from "../../domain/auth/roles";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { type TestDb } from "../../testing/test-db";
import { useTestDb } from "../../testing/use-test-db";
import { defaultDefinition, defaultScoring } from "./default-form";
import { createForm, publishForm } from "./index";

const createCaller = createCallerFactory(router({ forms: formsRouter }));
type TCaller = ReturnType<typeof createCaller>;
const testDb = useTestDb();

async function setup() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const other = await makeWorkspace(db, "Beta");
  const owner = await makeMember(db, ws.id, "OWNER", "Olga Owner");
  const { id } = await createForm(db, ws.id, { name: "Guarded" });
  await publishForm(db, { workspaceId: ws.id, formId: id, userId: owner.user.id });
  const callerAs = async (role: TRole, workspaceId = ws.id) => createCaller(contextFor(db, (await makeMember(db, workspaceId, role)).user));
  return { db, ws, other, owner, formId: id, callerAs };
}

const draft = (title: string) => ({ definition: defaultDefinition(title), scoring: defaultScoring() });

/** Every write procedure, as a call on a form. */
const WRITES: [string, (c: TCaller, formId: string) => Promise<unknown>][] = [
  ["create", (c) => c.forms.create({ name: "Sneaky", template: "webinar" })],
  ["updateDraft", (c, formId) => c.forms.updateDraft({ formId, ...draft("Sneaky") })],
  ["publish", (c, formId) => c.forms.publish({ formId })],
  ["duplicate", (c, formId) => c.forms.duplicate({ formId })],
  ["rename", (c, formId) => c.forms.rename({ formId, name: "Sneaky" })],
  ["archive", (c, formId) => c.forms.archive({ formId })],
  ["restoreVersion", (c, formId) => c.forms.restoreVersion({ formId, version: 1 })],
  ["setAllowedOrigins", (c, formId) => c.forms.setAllowedOrigins({ formId, origins: ["https://evil.example"] })],
];

async function snapshot(db: TestDb["db"]) {
  return { forms: await db.form.findMany({ orderBy: { id: "asc" } }), versions: await db.formVersion.findMany({ orderBy: { id: "asc" } }) };
}

describe("roles", () => {
  it.each(WRITES)("a REP and a MANAGER calling forms.%s get FORBIDDEN, and nothing changes", async (_name, call) => {
    const { db, formId, callerAs } = await setup();
    const rep = await callerAs("REP");
    const manager = await callerAs("MANAGER");
    const before = await snapshot(db);
    for (const caller of [rep, manager]) await expect(call(caller, formId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each<TRole>(["OWNER", "ADMIN", "MARKETER"])("a %s may call every write procedure", async (role) => {
    const { formId, callerAs } = await setup();
    const caller = await callerAs(role);
    for (const [name, call] of WRITES) await expect(call(caller, formId), name).resolves.toBeTruthy();
  });

  it.each<TRole>(["REP", "MANAGER"])("a %s reads the list, a form and its versions", async (role) => {
    const { formId, callerAs } = await setup();
    const caller = await callerAs(role);
    expect((await caller.forms.list({ search: "guard" })).map((f) => f.id)).toEqual([formId]);
    await expect(caller.forms.get({ formId })).resolves.toMatchObject({ id: formId });
    await expect(caller.forms.versions({ formId })).resolves.toHaveLength(1);
  });
});

describe("workspace isolation", () => {
  it("an admin of another workspace gets NOT_FOUND from every procedure on our form, and nothing changes", async () => {
    const { db, other, formId, callerAs } = await setup();
    const outsider = await callerAs("ADMIN", other.id);
    const before = await snapshot(db);
    for (const [name, call] of WRITES.filter(([n]) => n !== "create")) {
      await expect(call(outsider, formId), name).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(outsider.forms.get({ formId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.forms.versions({ formId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await outsider.forms.list()).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe("draft conflicts through updateDraft", () => {
  it("a stale baseUpdatedAt is a CONFLICT with the message for the editor, and the draft is unchanged", async () => {
    const { db, formId, callerAs } = await setup();
    const tabA = await callerAs("MARKETER");
    const tabB = await callerAs("ADMIN");
    const { updatedAt: base } = await tabA.forms.get({ formId });
    const saved = await tabA.forms.updateDraft({ formId, ...draft("From tab A"), baseUpdatedAt: base });
    expect(saved).toEqual({ id: formId, updatedAt: expect.any(Date) });
    const before = await db.form.findUniqueOrThrow({ where: { id: formId } });

    const error = await tabB.forms.updateDraft({ formId, ...draft("From tab B"), baseUpdatedAt: base }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: "This draft was changed in another tab or by someone else" });
    expect(await db.form.findUniqueOrThrow({ where: { id: formId } })).toEqual(before);
    expect((await tabB.forms.get({ formId })).definition.title).toBe("From tab A");
  });
});

describe("publish refusals name what is wrong", () => {
  function twoSteps(extra: Partial<TFormDefinitionInput>): TFormDefinitionInput {
    const def = defaultDefinition("Checks");
    return {
      ...def,
      steps: [
        ...def.steps,
        {
          id: "budget_step",
          title: "Budget",
          fields: [{ key: "budget", type: "single_choice", label: "Annual budget", options: [{ value: "high", label: "$50k+" }, { value: "low", label: "Less" }] }],
        },
      ],
      ...extra,
    };
  }

  async function publishProblems(caller: TCaller, formId: string, definition: TFormDefinitionInput, scoring = defaultScoring()) {
    await caller.forms.updateDraft({ formId, definition, scoring });
    const error = await caller.forms.publish({ formId }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "The form cannot be published yet.", cause: { code: "VALIDATION" } });
    return (error as { cause: { details: { path: string; message: string }[] } }).cause.details;
  }

  it("an unreachable step (the first step always ends the form) is refused, naming the step", async () => {
    const { db, formId, callerAs } = await setup();
    const caller = await callerAs("MARKETER");
    const definition = twoSteps({
      logic: [{ id: "stop", fromStepId: "step_1", when: { kind: "group", op: "and", conditions: [] }, action: { type: "end_form", outcomeId: "thanks" } }],
    });
    expect(await publishProblems(caller, formId, definition)).toEqual([{ path: "steps.1", stepId: "budget_step", message: "Step 'Budget' can never be reached from the first step" }]);
    expect(await db.formVersion.count()).toBe(1);
  });

  it("a rule comparing a missing option is refused, naming the question and the option", async () => {
    const { formId, callerAs } = await setup();
    const caller = await callerAs("MARKETER");
    const definition = twoSteps({
      logic: [{ id: "big_budget", fromStepId: "budget_step", when: { kind: "rule", ref: "budget", operator: "equals", value: "huge" }, action: { type: "end_form", outcomeId: "thanks" } }],
    });
    expect((await publishProblems(caller, formId, definition)).map((d) => d.message)).toEqual([
      "The end rule after 'Budget' checks option 'huge' of 'Annual budget', which has no such option",
    ]);
  });

  it("option points for a missing option are refused, naming the question and the option", async () => {
    const { formId, callerAs } = await setup();
    const caller = await callerAs("MARKETER");
    const scoring = { ...defaultScoring(), optionPoints: [{ fieldKey: "budget", optionValue: "medium", dimension: "value", points: 10 }] };
    const details = await publishProblems(caller, formId, twoSteps({}), scoring);
    expect(details).toHaveLength(1);
    expect(details[0]?.message).toContain("option 'medium' of 'Annual budget', which has no such option");
  });

  it("a pattern RE2 cannot compile is refused at publish with the field named", async () => {
    const { db, formId, callerAs } = await setup();
    const caller = await callerAs("MARKETER");
    const definition = twoSteps({});
    definition.steps[1]!.fields.push({ key: "po_number", type: "short_text", label: "PO number", validation: { pattern: "(\\d)\\1+" } });
    expect(await publishProblems(caller, formId, definition)).toEqual([
      {
        path: "steps.1.fields.1.validation.pattern",
        fieldKey: "po_number",
        message: expect.stringMatching(/^'PO number' has a validation pattern that cannot be used \(.+\); lookarounds and backreferences are not supported$/),
      },
    ]);
    expect(await db.formVersion.count()).toBe(1);
    // (a+)+ is fine for RE2 (linear time): it publishes.
    definition.steps[1]!.fields[1]!.validation = { pattern: "(a+)+" };
    await caller.forms.updateDraft({ formId, definition, scoring: defaultScoring() });
    await expect(caller.forms.publish({ formId })).resolves.toMatchObject({ version: 2 });
  });
});
