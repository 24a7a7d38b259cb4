// Who may frame a hosted form and read the public form API from a browser: only websites on the
// form's allowed origins (Share page). A host page on another origin (a local server on
// 127.0.0.1, while the app is on localhost) tries both. Plus the security headers of every page
// and what /api/health tells a stranger.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

interface THostSite {
  origin: string;
  close: () => Promise<void>;
}

/** A website on another origin: /frame frames the demo form, /read fetches its definition. */
async function startHostSite(appUrl: string): Promise<THostSite> {
  const pages: Record<string, string> = {
    "/frame": `<!doctype html><title>Host</title><iframe id="form" src="${appUrl}/f/demo" width="600" height="600" onload="document.body.dataset.loaded='yes'"></iframe>`,
    "/read": `<!doctype html><title>Reader</title><script>
      fetch(${JSON.stringify(`${appUrl}/api/v1/forms/demo`)})
        .then((r) => r.json()).then((b) => { document.body.dataset.result = "read:" + b.slug; })
        .catch(() => { document.body.dataset.result = "blocked"; });
    </script>`,
  };
  const server = http.createServer((req, res) => {
    const body = pages[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function demoFormId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/trpc/forms.list");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { id: string; slug: string }[] | { items: { id: string; slug: string }[] } } } };
  const data = body.result.data.json;
  const forms = Array.isArray(data) ? data : data.items;
  const demo = forms.find((f) => f.slug === "demo");
  expect(demo).toBeDefined();
  return demo!.id;
}

async function setAllowedOrigins(page: Page, formId: string, origins: string[]): Promise<void> {
  const response = await page.request.post("/api/trpc/forms.setAllowedOrigins", { data: { json: { formId, origins } } });
  expect(response.status()).toBe(200);
}

async function framedFormVisible(page: Page, host: THostSite): Promise<boolean> {
  await page.goto(`${host.origin}/frame`);
  await expect(page.locator("body")).toHaveAttribute("data-loaded", "yes");
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame || !frame.url().includes("/f/demo")) return false;
  return (await frame.locator("form").count()) > 0;
}

async function corsRead(page: Page, host: THostSite): Promise<string> {
  await page.goto(`${host.origin}/read`);
  await expect(page.locator("body")).toHaveAttribute("data-result", /.+/);
  return (await page.locator("body").getAttribute("data-result")) ?? "";
}

test.describe("embedding boundaries", () => {
  let host: THostSite;
  test.beforeAll(async ({ baseURL }) => {
    host = await startHostSite(baseURL!);
  });
  test.afterAll(async () => {
    await host?.close();
  });

  test("attack: a form with no allowed origins is framed by another site", async ({ page, request }) => {
    const response = await request.get("/f/demo");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(await framedFormVisible(page, host)).toBe(false);
  });

  test("attack: a page on an origin the form does not allow reads it by CORS", async ({ page }) => {
    expect(await corsRead(page, host)).toBe("blocked");
  });

  test("once the site is allowed on the Share page, it frames the form and reads it; others still cannot", async ({ browser, page, request }) => {
    const marketer = await browser.newPage();
    await signInAs(marketer, "marketer");
    const formId = await demoFormId(marketer.request);
    await setAllowedOrigins(marketer, formId, [host.origin]);
    try {
      const framed = await request.get("/f/demo");
      expect(framed.headers()["content-security-policy"]).toContain(`frame-ancestors ${host.origin}`);
      expect(framed.headers()["x-frame-options"]).toBeUndefined();
      expect(await framedFormVisible(page, host)).toBe(true);
      expect(await corsRead(page, host)).toBe("read:demo");
      const other = await request.get("/api/v1/forms/demo", { headers: { origin: "https://evil.example" } });
      expect(other.headers()["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await setAllowedOrigins(marketer, formId, []);
      await marketer.close();
    }
  });
});

test("security headers on the dashboard, sign-in and hosted form pages", async ({ page, request }) => {
  for (const path of ["/sign-in", "/f/demo", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d+/);
  }
  expect((await request.get("/sign-in")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await signInAs(page, "manager");
  const dashboard = await page.request.get("/dashboard");
  expect(dashboard.status()).toBe(200);
  expect(dashboard.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(dashboard.headers()["x-frame-options"]).toBe("DENY");
  expect(dashboard.headers()["x-content-type-options"]).toBe("nosniff");
});

test("attack: a stranger reads job counts from /api/health", async ({ browser, request }) => {
  const stranger = await request.get("/api/health");
  expect(stranger.status()).toBe(200);
  expect(await stranger.json()).toEqual({ db: "ok", jobs: { status: expect.any(String) } });

  const manager = await browser.newPage();
  await signInAs(manager, "manager");
  const managerView = (await (await manager.request.get("/api/health")).json()) as { jobs: Record<string, unknown> };
  expect(Object.keys(managerView.jobs)).toEqual(["status"]);
  await manager.close();

  const admin = await browser.newPage();
  await signInAs(admin, "admin");
  const adminView = (await (await admin.request.get("/api/health")).json()) as { jobs: { failed?: number; queued?: number }; version?: string };
  expect(typeof adminView.jobs.failed).toBe("number");
  expect(typeof adminView.jobs.queued).toBe("number");
  expect(adminView.version).toBeTruthy();
  await admin.close();
});

test("a hosted form address with a malformed escape is a 400 that cannot be framed, not a server error", async ({ request }) => {
  // The proxy decoded the slug without a guard: /f/%ZZ was a 500 (URIError).
  for (const path of ["/f/%ZZ", "/f/%", "/f/%E0%A4"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});
