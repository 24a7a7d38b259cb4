// A request for a hosted form page /f/<slug> before Next renders it, against a real database:
// an embed.js frame on a website the form does not allow, or of a form that is not published,
// gets the embed notice (who may frame it, what it says — and nothing private); every other
// request goes on with the form's framing headers as before; page loads are rate limited.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../testing/use-test-db";
import { seedForm } from "../testing/fixtures/submission-fixtures";
import { createRateLimits, unlimitedRateLimits, type TLimiter } from "../services/rate-limit/rate-limits";
import { formPageGate, type TFormPageGate } from "./form-page-gate";

const testDb = useTestDb();
const SLUG = "talk-to-sales";
const ALLOWED = "https://www.customer.example";
const STRANGER = "https://shop.example";
const NO_LIMIT = unlimitedRateLimits().formRead;

beforeEach(async () => {
  const { form } = await seedForm(testDb.db);
  await testDb.db.form.update({ where: { id: form.id }, data: { allowedOrigins: [ALLOWED] } });
});

/** What embed.js's frame asks for, from a page on `origin` (sb_origin, see domain/embed/frame-url.ts). */
function frameRequest(slug: string, origin: string | null, init: RequestInit = {}, path = "") {
  const url = new URL(`http://localhost/f/${slug}${path}`);
  url.searchParams.set("embed", "1");
  if (origin !== null) url.searchParams.set("sb_origin", origin);
  url.searchParams.set("sb_page", `${origin ?? ""}/pricing`);
  return new Request(url, { ...init, headers: { "x-forwarded-for": "203.0.113.20", ...(init.headers as Record<string, string>) } });
}

const gate = (request: Request, limiter: TLimiter = NO_LIMIT) => formPageGate(request, { db: async () => testDb.db, formRead: () => limiter });
const notice = (result: TFormPageGate) => ("response" in result ? result.response : null);

describe("hosted form page gate", () => {
  it("an allowed website: on to the form, framable by the allowed origins only", async () => {
    expect(await gate(frameRequest(SLUG, ALLOWED))).toEqual({ headers: { "content-security-policy": `frame-ancestors ${ALLOWED}; base-uri 'self'; object-src 'none'` } });
  });

  it("a website the form does not allow: the notice (403), framable by that website only, naming the cause for its console", async () => {
    const response = notice(await gate(frameRequest(SLUG, STRANGER)))!;
    expect(response.status).toBe(403);
    expect(response.headers.get("content-security-policy")).toContain(`frame-ancestors ${STRANGER}`);
    const html = await response.text();
    expect(html).toContain("This form can&#39;t be shown here.");
    expect(html).toContain(`<a href="/f/${SLUG}" target="_blank" rel="noopener">Open the form</a>`);
    expect(html).toContain(`Switchboard: this site (${STRANGER}) is not allowed to embed form &#39;${SLUG}&#39;.`);
  });

  it("nothing private in the notice: not the form's name, questions or allowed origins", async () => {
    const html = await notice(await gate(frameRequest(SLUG, STRANGER)))!.text();
    expect(html).not.toContain(ALLOWED);
    expect(html).not.toContain("customer.example");
    expect(html).not.toContain("Talk to sales");
    expect(html).not.toMatch(/company_size|Work email|email/i);
  });

  it.each<[string, () => Promise<void>, string]>([
    ["an unknown slug", async () => {}, "no-such-form"],
    ["an archived form", async () => void (await testDb.db.form.update({ where: { slug: SLUG }, data: { status: "ARCHIVED" } })), SLUG],
    ["a draft (unpublished) form", async () => void (await testDb.db.form.update({ where: { slug: SLUG }, data: { status: "DRAFT" } })), SLUG],
  ])("%s: the notice (404) without a link, even for a website it allowed", async (_name, arrange, slug) => {
    await arrange();
    for (const origin of [ALLOWED, STRANGER]) {
      const response = notice(await gate(frameRequest(slug, origin)))!;
      expect(response.status).toBe(404);
      expect(response.headers.get("content-security-policy")).toContain(`frame-ancestors ${origin}`);
      const html = await response.text();
      expect(html).toContain("This form isn&#39;t available.");
      expect(html).toContain(`Switchboard: no published form &#39;${slug}&#39;.`);
      expect(html).not.toContain("<a ");
      // An archived form and an unknown slug read the same: nothing tells them apart.
      expect(html.replaceAll(slug, "SLUG")).toBe((await notice(await gate(frameRequest("other-slug", origin)))!.text()).replaceAll("other-slug", "SLUG"));
    }
  });

  it.each<[string, Request, Record<string, string>]>([
    ["no claimed host origin", frameRequest(SLUG, null), { "content-security-policy": `frame-ancestors ${ALLOWED}; base-uri 'self'; object-src 'none'` }],
    ["the opaque origin", frameRequest("no-such-form", "null"), { "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'", "x-frame-options": "DENY" }],
    ["the hosted page itself (no embed=1)", new Request(`http://localhost/f/${SLUG}?sb_origin=${encodeURIComponent(STRANGER)}`), { "content-security-policy": `frame-ancestors ${ALLOWED}; base-uri 'self'; object-src 'none'` }],
    ["the hosted page of no form", new Request("http://localhost/f/no-such-form"), { "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'", "x-frame-options": "DENY" }],
    ["a page below the form's", frameRequest(SLUG, STRANGER, {}, "/thanks"), { "content-security-policy": `frame-ancestors ${ALLOWED}; base-uri 'self'; object-src 'none'` }],
    ["a POST (a server action)", frameRequest(SLUG, STRANGER, { method: "POST" }), { "content-security-policy": `frame-ancestors ${ALLOWED}; base-uri 'self'; object-src 'none'` }],
    ["the client router's request", frameRequest(SLUG, STRANGER, { headers: { rsc: "1" } }), { "content-security-policy": `frame-ancestors ${ALLOWED}; base-uri 'self'; object-src 'none'` }],
  ])("not an embed.js frame load (%s): on to the page under the form's framing headers, as before", async (_name, request, headers) => {
    expect(await gate(request)).toEqual({ headers });
  });

  it("a malformed escape is a 400 that cannot be framed", async () => {
    const response = notice(await gate(new Request("http://localhost/f/%ZZ?embed=1&sb_origin=https%3A%2F%2Fshop.example")))!;
    expect(response.status).toBe(400);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("attack: a script reloads the notice — it counts as a form page read and is refused past the limit (429)", async () => {
    const { formRead } = createRateLimits({ kind: "memory" }, { ...unlimitedConfig(), formReadsPerMinute: 2 });
    for (const [slug, status] of [[SLUG, 403], ["no-such-form", 404]] as const) {
      expect(notice(await gate(frameRequest(slug, STRANGER), formRead))!.status).toBe(status);
      expect(notice(await gate(frameRequest(slug, STRANGER), formRead))!.status).toBe(status);
    }
    expect(notice(await gate(frameRequest("no-such-form", STRANGER), formRead))!.status).toBe(429);
    const refused = notice(await gate(frameRequest(SLUG, STRANGER), formRead))!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
  });

  it("the database is down: on to the page (which fails on its own), never framable", async () => {
    const result = await formPageGate(frameRequest(SLUG, STRANGER), { db: () => Promise.reject(new Error("down")), formRead: () => NO_LIMIT });
    expect(result).toEqual({ headers: { "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; object-src 'none'", "x-frame-options": "DENY" } });
  });
});

function unlimitedConfig() {
  const max = 1_000_000;
  return { apiKeyPerMinute: max, formSubmissionsPer10Min: max, formReadsPerMinute: max, signInPer15Min: max, emailsPerRecipientPerHour: max, emailsPerAddressPerHour: max };
}
