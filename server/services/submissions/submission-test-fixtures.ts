// Test fixtures for the submission API (integration tests only): a small published form with
// logic, a scoring model, and helpers to build requests and count written rows.
import type { Db } from "../../db/client";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import type { TScoringModelInput } from "../../domain/scoring/model";
import { makeWorkspace } from "../../testing/factories";

export const testDefinition: TFormDefinitionInput = {
  title: "Talk to sales",
  steps: [
    {
      id: "about",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "name", type: "short_text", label: "Your name", validation: { maxLength: 50 } },
        {
          key: "company_size",
          type: "single_choice",
          label: "Company size",
          required: true,
          options: [
            { value: "small", label: "Under 50" },
            { value: "large", label: "50 or more" },
          ],
        },
        // Shown only when company_size is large.
        { key: "procurement_contact", type: "short_text", label: "Procurement contact" },
        { key: "budget", type: "number", label: "Budget (USD)", validation: { min: 0, max: 1_000_000 } },
        {
          key: "interests",
          type: "multiple_choice",
          label: "Interested in",
          options: [
            { value: "routing", label: "Routing" },
            { value: "analytics", label: "Analytics" },
            { value: "booking", label: "Booking" },
          ],
        },
        { key: "start_date", type: "date", label: "When do you want to start?" },
        { key: "consent", type: "consent", label: "You may contact me", required: true },
        { key: "utm_source", type: "hidden", label: "UTM source" },
      ],
    },
  ],
  logic: [
    {
      id: "show-procurement",
      when: { kind: "rule", ref: "company_size", operator: "equals", value: "large" },
      action: { type: "show_field", fieldKey: "procurement_contact" },
    },
  ],
  outcomes: [
    { id: "book", type: "booking", title: "Book a call with sales", body: "Pick a time" },
    { id: "thanks", type: "message", title: "Thanks!", body: "We will be in touch" },
  ],
  tierOutcomes: { hot: "book" },
  defaultOutcomeId: "thanks",
};

export function testScoring(largePoints = 40): TScoringModelInput {
  return {
    dimensions: [
      { key: "fit", label: "Fit" },
      { key: "value", label: "Value" },
    ],
    optionPoints: [
      { fieldKey: "company_size", optionValue: "large", dimension: "fit", points: largePoints },
      { fieldKey: "company_size", optionValue: "small", dimension: "fit", points: 5 },
    ],
    rules: [
      { id: "big-budget", label: "budget ≥ $10k", when: { kind: "rule", ref: "budget", operator: "gte", value: 10_000 }, dimension: "value", points: 30 },
    ],
    tiers: [
      { key: "hot", label: "Hot", minScore: 60 },
      { key: "warm", label: "Warm", minScore: 20 },
      { key: "cold", label: "Cold", minScore: null },
    ],
    knockouts: [],
    dealValue: { currency: "USD", base: 1000, fromOptions: [], fromField: "budget" },
  };
}

/** A workspace with a form; published (version 1 current) unless status says otherwise. */
export async function seedForm(db: Db, options: { slug?: string; status?: "DRAFT" | "PUBLISHED" | "ARCHIVED"; largePoints?: number } = {}) {
  const workspace = await makeWorkspace(db, "Acme");
  const form = await db.form.create({
    data: {
      workspaceId: workspace.id,
      slug: options.slug ?? "talk-to-sales",
      name: "Talk to sales",
      status: options.status ?? "PUBLISHED",
      draftDefinition: testDefinition as object,
      draftScoring: testScoring(options.largePoints) as object,
    },
  });
  const version = await publishVersion(db, form.id, workspace.id, 1, testScoring(options.largePoints));
  return { workspace, form, version };
}

/** Writes version `n` with this scoring model and makes it current. */
export async function publishVersion(db: Db, formId: string, workspaceId: string, n: number, scoring: TScoringModelInput) {
  const version = await db.formVersion.create({
    data: { formId, workspaceId, version: n, definition: testDefinition as object, scoring: scoring as object },
  });
  await db.form.update({ where: { id: formId }, data: { currentVersionId: version.id } });
  return version;
}

/** Answers that pass validation: a large company (so the procurement question is shown). */
export function validAnswers(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    email: "Ada@Example.com",
    name: "Ada Lovelace",
    company_size: "large",
    procurement_contact: "Grace",
    budget: 25_000,
    interests: ["routing", "booking"],
    start_date: "2027-01-15",
    consent: true,
    utm_source: "newsletter",
    ...patch,
  };
}

export const NOW = new Date("2026-11-26T12:00:00.000Z");

/** A body with a plausible fill time (opened a minute before NOW). */
export function validBody(patch: Record<string, unknown> = {}, now = NOW): Record<string, unknown> {
  return {
    answers: validAnswers(),
    context: { startedAt: new Date(now.getTime() - 60_000).toISOString(), source: "embed", pageUrl: "https://www.acme.test/pricing?utm_medium=email&utm_campaign=fall", referrer: "https://news.acme.test/" },
    ...patch,
  };
}

export async function countRows(db: Db) {
  const [leads, people, events] = await Promise.all([db.lead.count(), db.person.count(), db.leadEvent.count()]);
  return { leads, people, events };
}
