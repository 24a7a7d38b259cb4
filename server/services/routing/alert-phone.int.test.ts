// The rep alert carries the number to call: speed-to-lead is often a phone call. A phone an API key
// gives as person.phone, or one the prospect typed into a phone question of the form, is in the
// alert's who line next to the email. Through the real handlers, the seeded demo workspace and a
// real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { handleSubmission } from "../../api/rest/handle-submission";
import type { TLeadResource } from "../../api/rest/lead-resource";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, publishDemoVersion, storedAlertOf, useRoutingKit, withMobilePhoneQuestion } from "../../testing/routing-kit";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const whoLine = (text: string, name: string) => text.replace(/\u00a0/g, " ").split("\n").find((l) => l.includes(name) && l.includes("@"));

describe(`the rep alert shows the number to call (${lane})`, () => {
  it("POST /api/v1/leads with person.phone → the alert's who line has the phone after the email", async () => {
    const request = apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: BANK_VP, person: { email: "iris@bank.com", name: "Iris Ito", phone: "+1 555 010 0199" } } });
    const { status, json } = await readJson<{ lead: TLeadResource }>(await handleCreateLead(env.testDb.db, request, NOW, env.kit.deps));
    expect(status).toBe(201);
    const alert = await storedAlertOf(env.testDb, env.kit, json.lead.id);
    expect(whoLine(alert.text, "Iris Ito")).toMatch(/Iris Ito\*{0,2} · iris@bank\.com · \+1 555 010 0199/);
  });

  it("a phone typed into the form's phone question → in the alert, though an anonymous submission never sets the person's phone", async () => {
    await publishDemoVersion(env.testDb, env.kit, withMobilePhoneQuestion);
    const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: { ...BANK_VP, mobile: "030 1234567" }, context: { fillTimeMs: 20_000 } }),
    });
    const { status, json } = await readJson<{ leadId: string }>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
    expect(status).toBe(201);
    const alert = await storedAlertOf(env.testDb, env.kit, json.leadId);
    expect(whoLine(alert.text, String(BANK_VP.email))).toContain(" · 030 1234567");
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.leadId }, include: { person: true } });
    expect(lead.person?.phone ?? null).toBeNull();
  });
});
