// The rep alert carries the number to call: speed-to-lead is often a phone call. A phone an API key
// gives as person.phone, or one the prospect typed into a phone question of the form, is in the
// alert's who line next to the email. Through the real handlers, the seeded demo workspace and a
// real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { DEMO_FORM_DEFINITION } from "../../../prisma/seed/demo-form-definition";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { handleSubmission } from "../../api/rest/handle-submission";
import type { TLeadResource } from "../../api/rest/lead-resource";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

async function alertOf(leadId: string) {
  await runAfterCommitJobs(env.kit);
  const assignment = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
  return env.testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${assignment.id}` } });
}

const whoLine = (text: string, name: string) => text.replace(/\u00a0/g, " ").split("\n").find((l) => l.includes(name) && l.includes("@"));

/** Publishes the demo form again with a phone question on its first step (a marketer's edit). */
async function publishWithPhoneQuestion() {
  const { db } = env.testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const mobile = { key: "mobile", type: "phone", label: "Mobile", required: false };
  const definition = { ...DEMO_FORM_DEFINITION, steps: DEMO_FORM_DEFINITION.steps.map((step, i) => (i === 0 ? { ...step, fields: [...step.fields, mobile] } : step)) };
  const version = await db.formVersion.create({
    data: { formId: form.id, workspaceId: form.workspaceId, version: form.currentVersion!.version + 1, definition: definition as object, scoring: form.currentVersion!.scoring as object },
  });
  await db.form.update({ where: { id: form.id }, data: { currentVersionId: version.id } });
}

describe(`the rep alert shows the number to call (${lane})`, () => {
  it("POST /api/v1/leads with person.phone → the alert's who line has the phone after the email", async () => {
    const request = apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: BANK_VP, person: { email: "iris@bank.com", name: "Iris Ito", phone: "+1 555 010 0199" } } });
    const { status, json } = await readJson<{ lead: TLeadResource }>(await handleCreateLead(env.testDb.db, request, NOW, env.kit.deps));
    expect(status).toBe(201);
    const alert = await alertOf(json.lead.id);
    expect(whoLine(alert.text, "Iris Ito")).toMatch(/Iris Ito\*{0,2} · iris@bank\.com · \+1 555 010 0199/);
  });

  it("a phone typed into the form's phone question → in the alert, though an anonymous submission never sets the person's phone", async () => {
    await publishWithPhoneQuestion();
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { ...BANK_VP, mobile: "030 1234567" }, context: { fillTimeMs: 20_000 } }),
    });
    const { status, json } = await readJson<{ leadId: string }>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(status).toBe(201);
    const alert = await alertOf(json.leadId);
    expect(whoLine(alert.text, String(BANK_VP.email))).toContain(" · 030 1234567");
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.leadId }, include: { person: true } });
    expect(lead.person?.phone ?? null).toBeNull();
  });
});
