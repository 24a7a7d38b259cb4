import { describe, expect, it } from "vitest";
import { requestIssues } from "../validation/request-issues";
import { ZRoutingTestRequest } from "./routing-test-request";

const parse = (email: unknown) => {
  const parsed = ZRoutingTestRequest.safeParse({ lead: { answers: {}, email } });
  return parsed.success ? { ok: true as const, email: parsed.data.lead.email } : { ok: false as const, issues: requestIssues(parsed.error.issues) };
};

// POST /api/v1/routing/test: the sample lead's email is checked as the intake checks person.email
// (validation/email-address.ts), so every lead the intake takes can be tested. With zod's z.email()
// an internationalized address or a one-letter TLD, both taken by POST /api/v1/leads, were a 422.
describe("ZRoutingTestRequest: lead.email takes what the intake takes", () => {
  it.each([
    ["an internationalized address", "zoë@exämple.com", "zoë@exämple.com"],
    ["a one-letter TLD", "a@b.c", "a@b.c"],
    ["an upper-case one", "ANN@Acme.io", "ANN@Acme.io"],
    ["surrounding spaces trimmed", " ann@acme.io ", "ann@acme.io"],
  ])("%s → accepted", (_name, email, expected) => {
    expect(parse(email)).toEqual({ ok: true, email: expected });
  });

  it.each([
    ["no @", "ann at acme.io"],
    ["a display name", "Ann <ann@acme.io>"],
    ["no dot in the domain", "ann@acme"],
    ["over 254 characters", `${"a".repeat(64)}@${"b".repeat(190)}.io`],
  ])("%s → 422 at lead.email in the intake's words", (_name, email) => {
    expect(parse(email)).toEqual({ ok: false, issues: [{ path: "lead.email", message: expect.stringMatching(/^Enter a valid email address/) }] });
  });
});
