// The v1 API's methods through the production server: a method a route does not take is a 405
// with the API's JSON error and `Allow`, and OPTIONS answers 204 with that same `Allow` (Next.js's
// own OPTIONS listed every exported handler, the 405 ones too: "DELETE, GET, HEAD, OPTIONS, PATCH,
// POST, PUT" on /api/v1/leads). No CORS headers: the v1 API is server to server.
import { expect, test } from "@playwright/test";

for (const [path, allow] of [
  ["/api/v1/leads", "GET, POST, HEAD, OPTIONS"],
  ["/api/v1/routing/test", "POST, OPTIONS"],
  ["/api/v1/webhooks/wh_unknown", "DELETE, OPTIONS"],
] as const) {
  test(`${path}: OPTIONS and the 405 say the same Allow (${allow})`, async ({ request }) => {
    const options = await request.fetch(path, { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["allow"]).toBe(allow);
    expect(options.headers()["access-control-allow-origin"]).toBeUndefined();

    const refused = await request.fetch(path, { method: "PATCH" });
    expect(refused.status()).toBe(405);
    expect(refused.headers()["allow"]).toBe(allow);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
  });
}
