// Leads inserted directly with Prisma for the leads tests (the submission service is separate):
// a published form version with choice fields, three dimensions and three tiers.
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import type { TScoringModelInput } from "../../domain/scoring/model";

export const DEFINITION: TFormDefinitionInput = {
  title: "Demo request",
  steps: [
    {
      id: "s1",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "budget", type: "single_choice", label: "What is your budget?", options: [{ value: "50k_plus", label: "$50,000 or more" }, { value: "under_50k", label: "Under $50,000" }] },
        { key: "features", type: "multiple_choice", label: "Features you need", options: [{ value: "routing", label: "Lead routing" }, { value: "scoring", label: "Lead scoring" }] },
        { key: "size", type: "company_size", label: "Company size" },
        { key: "demo", type: "yes_no", label: "Want a demo?" },
        { key: "intro", type: "statement", label: "Tell us more" },
      ],
    },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
};

export const SCORING: TScoringModelInput = {
  dimensions: [
    { key: "fit", label: "Company fit" },
    { key: "intent", label: "Buying intent" },
    { key: "value", label: "Deal value" },
  ],
  tiers: [
    { key: "sales_ready", label: "Sales-ready", minScore: 60 },
    { key: "nurture", label: "Nurture", minScore: 20 },
    { key: "disqualified", label: "Disqualified", minScore: null },
  ],
  knockouts: [{ id: "ko_student", label: "Student address", when: { kind: "rule", ref: "email", operator: "contains", value: ".edu" }, tier: "disqualified" }],
};

export async function makePublishedForm(db: Db, workspaceId: string, name = "Demo request") {
  const form = await db.form.create({
    data: { workspaceId, name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${Math.random().toString(36).slice(2, 8)}`, draftDefinition: DEFINITION as Prisma.InputJsonValue, draftScoring: SCORING as Prisma.InputJsonValue },
  });
  const version = await db.formVersion.create({
    data: { formId: form.id, workspaceId, version: 1, definition: DEFINITION as Prisma.InputJsonValue, scoring: SCORING as Prisma.InputJsonValue },
  });
  await db.form.update({ where: { id: form.id }, data: { currentVersionId: version.id, status: "PUBLISHED" } });
  return { form, version };
}

export async function makePerson(db: Db, workspaceId: string, email: string, name: string | null, company: string | null) {
  return db.person.create({ data: { workspaceId, email, emailDomain: email.split("@")[1] ?? "", name, company } });
}

export interface TLeadSeed {
  workspaceId: string;
  formId: string;
  formVersionId: string;
  personId: string;
  tier?: string;
  scoreTotal?: number;
  source?: string | null;
  isSpam?: boolean;
  submittedAt?: Date;
  repeatOfLeadId?: string;
  answers?: Record<string, unknown>;
  scores?: Record<string, number>;
  breakdown?: unknown[];
  knockedOutBy?: string;
  estimatedValue?: string;
  utm?: Record<string, string>;
  referrer?: string;
}

export function makeLead(db: Db, seed: TLeadSeed) {
  return db.lead.create({
    data: {
      workspaceId: seed.workspaceId,
      formId: seed.formId,
      formVersionId: seed.formVersionId,
      personId: seed.personId,
      tier: seed.tier ?? "nurture",
      scoreTotal: seed.scoreTotal ?? 0,
      source: seed.source === undefined ? "hosted" : seed.source,
      isSpam: seed.isSpam ?? false,
      submittedAt: seed.submittedAt ?? new Date(),
      repeatOfLeadId: seed.repeatOfLeadId ?? null,
      answers: (seed.answers ?? {}) as Prisma.InputJsonValue,
      scores: (seed.scores ?? {}) as Prisma.InputJsonValue,
      breakdown: (seed.breakdown ?? []) as Prisma.InputJsonValue,
      knockedOutBy: seed.knockedOutBy ?? null,
      estimatedValue: seed.estimatedValue ?? null,
      outcome: { type: "message", outcomeId: "thanks" },
      utm: (seed.utm ?? {}) as Prisma.InputJsonValue,
      referrer: seed.referrer ?? null,
    },
  });
}
