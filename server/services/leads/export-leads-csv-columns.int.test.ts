// The leads CSV's answer columns on a real database: two forms with different questions in one
// workspace. The columns are those of the leads exported — a form filter gives that form's
// questions in the form's order, an unfiltered export the union of the exported leads' forms, the
// table's other filters (tier, a REP's own leads, spam left out) narrow them too — and a key only a
// lead holds (an old version's question, a not-applicable answer, a form-less lead's answers) still
// gets a column.
import { describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import { SCORING } from "../../testing/fixtures/lead-fixtures";
import { useRoutingKit } from "../../testing/routing-kit";
import { leadsCsv, LEAD_CSV_COLUMNS, type TLeadsCsvOptions } from "./export-leads-csv";
import { leadsCsvInput } from "./leads-csv-query";
import type { TLeadViewer } from "./list-leads";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

const definition = (keys: string[]): TFormDefinitionInput => ({
  title: "Form",
  steps: [{ id: "s1", fields: [{ key: "intro", type: "statement", label: "Hello" }, ...keys.map((key) => ({ key, type: "short_text" as const, label: key }))] }],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
});

async function makeForm(name: string, versions: string[][]) {
  const db = env.testDb.db;
  const workspaceId = env.kit.workspaceId;
  const json = (value: unknown) => value as Prisma.InputJsonValue;
  const form = await db.form.create({ data: { workspaceId, name, slug: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`, draftDefinition: json(definition(versions.at(-1)!)), draftScoring: json(SCORING) } });
  const ids: string[] = [];
  for (const [i, keys] of versions.entries()) {
    ids.push((await db.formVersion.create({ data: { formId: form.id, workspaceId, version: i + 1, definition: json(definition(keys)), scoring: json(SCORING) } })).id);
  }
  await db.form.update({ where: { id: form.id }, data: { currentVersionId: ids.at(-1)!, status: "PUBLISHED" } });
  return { id: form.id, versionIds: ids };
}

interface TSeed {
  form?: { id: string; versionIds: string[] };
  version?: number;
  answers: Record<string, unknown>;
  notApplicableAnswers?: Record<string, unknown>;
  tier?: string;
  isSpam?: boolean;
  ownerRepId?: string;
}

async function makeLead(seed: TSeed) {
  const lead = await env.testDb.db.lead.create({
    data: {
      workspaceId: env.kit.workspaceId,
      formId: seed.form?.id ?? null,
      formVersionId: seed.form ? seed.form.versionIds[(seed.version ?? seed.form.versionIds.length) - 1]! : null,
      answers: seed.answers as Prisma.InputJsonValue,
      notApplicableAnswers: (seed.notApplicableAnswers ?? {}) as Prisma.InputJsonValue,
      scores: {},
      breakdown: [],
      tier: seed.tier ?? "nurture",
      isSpam: seed.isSpam ?? false,
      outcome: { type: "message", outcomeId: "thanks" },
      source: "api",
      utm: {},
      ownerRepId: seed.ownerRepId ?? null,
    },
  });
  return lead.id;
}

async function exportCsv(query: string, viewer: TLeadViewer | null = null, options: TLeadsCsvOptions = {}) {
  let text = "";
  for await (const chunk of leadsCsv(env.testDb.db, env.kit.workspaceId, leadsCsvInput(new URLSearchParams(query)), viewer, options)) text += chunk;
  const [header, ...rows] = text.split("\r\n").filter(Boolean);
  return { answerColumns: header!.split(",").slice(LEAD_CSV_COLUMNS.length), rows };
}

/** Pricing (asks seats, then budget; v1 asked budget, legacy_plan) and Support (asks product, issue). */
async function twoForms() {
  const pricing = await makeForm("Pricing", [["budget", "legacy_plan"], ["seats", "budget"]]);
  const support = await makeForm("Support", [["product", "issue"]]);
  return { pricing, support };
}

describe(`leads CSV answer columns (${lane})`, () => {
  it("a form filter gives that form's questions in the form's order, not other forms' keys", async () => {
    const { pricing, support } = await twoForms();
    const lead = await makeLead({ form: pricing, answers: { seats: 12, budget: "50k" } });
    await makeLead({ form: support, answers: { product: "Router", issue: "=cmd" } });
    const { answerColumns, rows } = await exportCsv(`formId=${pricing.id}`);
    expect(answerColumns).toEqual(["answers.seats", "answers.budget"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(lead);
    expect(rows[0]!.endsWith(",12,50k")).toBe(true);
  });

  it("unfiltered: the union of the exported leads' forms (forms by name, each in its order), then the keys only leads hold", async () => {
    const { pricing, support } = await twoForms();
    await makeLead({ form: support, answers: { product: "Router", issue: "Down" } });
    await makeLead({ form: pricing, version: 1, answers: { budget: "10k", legacy_plan: "gold" }, notApplicableAnswers: { coupon: "SPRING" } });
    await makeLead({ answers: { crm_id: "=42" } }); // a form-less API lead
    await makeLead({ form: support, answers: { product: "X", spam_only: "buy now" }, isSpam: true }); // not exported: spam is left out
    const { answerColumns, rows } = await exportCsv("");
    expect(answerColumns).toEqual(["answers.seats", "answers.budget", "answers.legacy_plan", "answers.product", "answers.issue", "answers.crm_id", "notApplicableAnswers.coupon"]);
    expect(rows).toHaveLength(3);
    const pricingRow = rows.find((r) => r.includes("gold"))!;
    expect(pricingRow.endsWith(",,10k,gold,,,,SPRING")).toBe(true);
    expect(rows.find((r) => r.includes("42"))!.endsWith(",,,,,,'=42,")).toBe(true); // still neutralised
  });

  it("the table's other filters narrow the columns to the leads they keep (tier; a REP's own leads)", async () => {
    const { pricing, support } = await twoForms();
    const sarah = await env.kit.repIdOf("Sarah");
    await makeLead({ form: pricing, answers: { budget: "50k" }, tier: "sales_ready", ownerRepId: sarah });
    await makeLead({ form: support, answers: { product: "Router" }, tier: "nurture" });
    expect((await exportCsv("tier=sales_ready")).answerColumns).toEqual(["answers.seats", "answers.budget"]);
    const { userId } = await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: sarah }, select: { userId: true } });
    expect((await exportCsv("", { userId, role: "REP" })).answerColumns).toEqual(["answers.seats", "answers.budget"]);
  });

  it("a form filter with no leads yet still has the form's questions; an empty workspace has none", async () => {
    const { support } = await twoForms();
    expect((await exportCsv(`formId=${support.id}`)).answerColumns).toEqual(["answers.product", "answers.issue"]);
    expect((await exportCsv("")).answerColumns).toEqual([]);
  });

  it("every page's leads keep their answers", async () => {
    const { pricing } = await twoForms();
    for (const budget of ["a", "b", "c"]) await makeLead({ form: pricing, answers: { budget } });
    const { rows } = await exportCsv("", null, { pageSize: 1 });
    expect(rows.map((r) => r.split(",").at(-1)).sort()).toEqual(["a", "b", "c"]);
  });
});
