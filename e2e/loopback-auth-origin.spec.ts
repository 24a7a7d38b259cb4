// APP_URL on a loopback address (http://127.0.0.1:<port>, as a self-hoster often first tries the
// app): Auth.js's own endpoints must answer on that exact origin. Next.js renames a loopback host
// to "localhost" inside the request next-auth rebuilds, so they answered http://localhost:<port> —
// another origin, whose cookies a browser on 127.0.0.1 does not send: sign-in seemed to fail. A
// forged Host or X-Forwarded-Host must still change nothing. The harness starts this server on a
// copy of the seeded database (E2E_LOOPBACK_BASE_URL). Requests go through node:http so the Host
// header is exactly what an attacker would send.
import { DEMO_PASSWORD, DEMO_USERS, expect, test } from "./fixtures";
import { cookiesOf, rawRequest, type TRawResponse } from "./raw-http";

function raw(path: string, init: Parameters<typeof rawRequest>[2] = {}): Promise<TRawResponse> {
  return rawRequest(loopbackUrl(), path, init);
}

function loopbackUrl(): string {
  const url = process.env.E2E_LOOPBACK_BASE_URL;
  if (!url) throw new Error("E2E_LOOPBACK_BASE_URL is not set: run through `npm run test:e2e`");
  return url;
}

const RELATIVE = "http://relative.invalid";

/** Every URL Auth.js put in an answer: Location, the callback-url cookie, URLs in a JSON body. */
function urlsIn(response: TRawResponse): string[] {
  const urls = response.headers.location ? [response.headers.location] : [];
  for (const cookie of response.headers["set-cookie"] ?? []) {
    const match = /^(?:__Secure-)?authjs\.callback-url=([^;]*)/.exec(cookie);
    if (match) urls.push(decodeURIComponent(match[1]!));
  }
  urls.push(...(response.body.match(/https?:\/\/[^"\s<]+/g) ?? []));
  // A relative Location can carry an absolute callbackUrl (/sign-in?callbackUrl=http%3A%2F%2F…).
  const inside = urls.map((url) => new URL(url, RELATIVE).searchParams.get("callbackUrl")).filter((url) => url !== null);
  return [...urls, ...inside];
}

const HEADER_SETS: Record<string, Record<string, string>> = {
  "a plain request": {},
  "Host: evil.example": { host: "evil.example" },
  "X-Forwarded-Host: evil.example": { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
};

for (const [name, headers] of Object.entries(HEADER_SETS)) {
  test(`Auth.js's providers, csrf, sign-in and sign-out answers use APP_URL's exact origin (127.0.0.1), ${name}`, async () => {
    const app = new URL(loopbackUrl()).origin;
    const providers = await raw("/api/auth/providers", { headers });
    expect(providers.status).toBe(200);
    const listed = Object.values(JSON.parse(providers.body) as Record<string, { signinUrl: string; callbackUrl: string }>);
    expect(listed.length).toBeGreaterThan(0);
    for (const provider of listed) expect([new URL(provider.signinUrl).origin, new URL(provider.callbackUrl).origin]).toEqual([app, app]);

    const csrf = await raw("/api/auth/csrf", { headers });
    expect(csrf.status).toBe(200);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) };

    const signInPage = await raw("/api/auth/signin", { headers });
    const wrongPassword = await raw("/api/auth/callback/password", {
      method: "POST",
      headers: form,
      body: new URLSearchParams({ email: `nobody.${Date.now()}@example.com`, password: "wrong password", csrfToken, callbackUrl: `${app}/inbox` }).toString(),
    });
    const signOut = await raw("/api/auth/signout", { method: "POST", headers: form, body: new URLSearchParams({ csrfToken, callbackUrl: `${app}/sign-in` }).toString() });
    for (const answer of [signInPage, wrongPassword, signOut]) {
      expect(answer.status).toBe(302);
      expect(answer.headers.location).toBeTruthy();
    }
    const urls = [csrf, signInPage, wrongPassword, signOut].flatMap(urlsIn);
    expect(urls.filter((url) => ![app, RELATIVE].includes(new URL(url, RELATIVE).origin))).toEqual([]);
    expect(urls.join(" ")).not.toContain("evil.example");
  });
}

test("a browser on 127.0.0.1 signs in through Auth.js's endpoint, stays on 127.0.0.1 and is signed in", async ({ page }) => {
  const app = new URL(loopbackUrl()).origin;
  await page.goto(`${app}/sign-in`);
  // What a script or another client does: Auth.js's own CSRF + credentials form, posted by the browser.
  await page.evaluate(
    async ({ email, password, callbackUrl }) => {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const form = document.createElement("form");
      form.method = "POST";
      form.action = "/api/auth/callback/password";
      for (const [name, value] of Object.entries({ email, password, csrfToken, callbackUrl })) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { email: DEMO_USERS.tom, password: DEMO_PASSWORD, callbackUrl: `${app}/inbox` },
  );
  // Signed in: the page opens instead of sending the browser back to /sign-in.
  await expect(page).toHaveURL(`${app}/inbox`, { timeout: 20_000 });
});

test("the app's own sign-in form on 127.0.0.1 stays on 127.0.0.1", async ({ page }) => {
  const app = new URL(loopbackUrl()).origin;
  await page.goto(`${app}/sign-in?callbackUrl=%2Finbox`);
  await page.getByLabel("Email", { exact: true }).fill(DEMO_USERS.maya);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in with password" }).click();
  await expect(page).toHaveURL(`${app}/inbox`, { timeout: 20_000 });
});
