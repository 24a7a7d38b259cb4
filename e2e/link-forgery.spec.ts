// Links in emails come from APP_URL, never from the request: a forged Host or X-Forwarded-Host
// must not make the product email a genuine sign-in or invite link that points at an attacker.
// Auth.js's own endpoints answer unknown and known emails alike. Requests go through node:http so
// the Host header is exactly what an attacker would send.
import { DEMO_USERS, expect, signInAs, test } from "./fixtures";
import { linkIn, mailTo, waitForMail } from "./mailbox";
import { cookiesOf, rawRequest as raw, type TRawResponse } from "./raw-http";

/** Asks Auth.js's own endpoint for a sign-in link, as a script would, with forged headers. */
async function requestSignInLink(baseURL: string, email: string, forged: Record<string, string>): Promise<TRawResponse> {
  const csrf = await raw(baseURL, "/api/auth/csrf", { headers: forged });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  return raw(baseURL, "/api/auth/signin/email", {
    method: "POST",
    headers: { ...forged, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "http://evil.example/dashboard" }).toString(),
  });
}

async function expectLinkOnAppUrl(baseURL: string, recipient: string, before: number): Promise<void> {
  await expect.poll(async () => (await mailTo(recipient)).length, { timeout: 30_000 }).toBeGreaterThan(before);
  const mail = await waitForMail(recipient, /^Sign in to/);
  const link = new URL(linkIn(mail, "/api/auth/callback/email"));
  expect(link.origin).toBe(new URL(baseURL).origin);
  expect(new URL(link.searchParams.get("callbackUrl") ?? "/", baseURL).origin).toBe(new URL(baseURL).origin);
  expect(mail.text).not.toContain("evil.example");
  expect(mail.html).not.toContain("evil.example");
}

test("attack: Host: evil.example makes the product email a magic link to the attacker", async ({ baseURL }) => {
  const before = (await mailTo(DEMO_USERS.kenji)).length;
  const response = await requestSignInLink(baseURL!, DEMO_USERS.kenji, { host: "evil.example" });
  expect(response.status).toBe(302);
  expect(response.headers.location).not.toContain("evil.example");
  await expectLinkOnAppUrl(baseURL!, DEMO_USERS.kenji, before);
});

test("attack: X-Forwarded-Host: evil.example makes the product email a magic link to the attacker", async ({ baseURL }) => {
  const before = (await mailTo(DEMO_USERS.maya)).length;
  const response = await requestSignInLink(baseURL!, DEMO_USERS.maya, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  expect(response.status).toBe(302);
  expect(response.headers.location).not.toContain("evil.example");
  await expectLinkOnAppUrl(baseURL!, DEMO_USERS.maya, before);
});

test("attack: a forged Host makes the product email an invite link to the attacker", async ({ page, baseURL }) => {
  await signInAs(page, "admin");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const invitee = `forged.invite.${Date.now()}@example.com`;
  const response = await raw(baseURL!, "/api/trpc/invites.create", {
    method: "POST",
    headers: { host: "evil.example", "x-forwarded-host": "evil.example", "content-type": "application/json", cookie },
    body: JSON.stringify({ json: { email: invitee, role: "MARKETER", teamId: null } }),
  });
  expect(response.status).toBe(200);
  const mail = await waitForMail(invitee);
  const link = new URL(linkIn(mail, "/invite/"));
  expect(link.origin).toBe(new URL(baseURL!).origin);
  expect(mail.text).not.toContain("evil.example");
});

test("attack: magic-link sign-in tells unknown emails apart", async ({ baseURL }) => {
  const stranger = `nobody-${Date.now()}@example.com`;
  const beforeKnown = (await mailTo(DEMO_USERS.sarah)).length;
  const unknown = await requestSignInLink(baseURL!, stranger, {});
  const known = await requestSignInLink(baseURL!, DEMO_USERS.sarah, {});
  // The same answer: a redirect to the same "check your email" step, never AccessDenied.
  expect(unknown.status).toBe(known.status);
  expect(unknown.headers.location).toBe(known.headers.location);
  expect(unknown.headers.location).not.toContain("error");
  // The known address gets its link; by then the stranger's would have come too: none did.
  await expect.poll(async () => (await mailTo(DEMO_USERS.sarah)).length, { timeout: 30_000 }).toBeGreaterThan(beforeKnown);
  expect(await mailTo(stranger)).toHaveLength(0);
});
