// The v1 API's methods through the production server: a method a route does not take is a 405
// with the API's JSON error and `Allow`, and OPTIONS answers 204 with that same `Allow` (Next.js's
// own OPTIONS listed every exported handler, the 405 ones too: "DELETE, GET, HEAD, OPTIONS, PATCH,
// POST, PUT" on /api/v1/leads). No CORS headers: the v1 API is server to server. A path no route
// takes is a JSON 404 (server/http/no-such-endpoint.ts).
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

// A path no route takes — a typo, a guessed or an old endpoint — was the app's HTML "not found"
// page: an integrator's JSON client choked on it or, worse, took it for an answer.
for (const [method, path] of [
  ["GET", "/api/v1/lead"],
  ["POST", "/api/v1/forms"],
  ["GET", "/api/v1/leads/some-id/unknown-part"],
  ["DELETE", "/api/nope"],
] as const) {
  test(`${method} ${path}: a 404 with the API's JSON error naming the path`, async ({ request }) => {
    const answer = await request.fetch(path, { method, data: method === "POST" ? { any: "body" } : undefined });
    expect(answer.status()).toBe(404);
    expect(answer.headers()["content-type"]).toContain("application/json");
    const { error } = (await answer.json()) as { error: { code: string; message: string; details: { path: string }[] } };
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain(`${method} ${path}`);
    expect(error.details).toEqual([{ path: "url", message: "No such endpoint" }]);
  });
}

test("the routes next to the catch-all still answer: health, a v1 route, auth", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);
  expect((await request.get("/api/v1/leads")).status()).toBe(401);
  expect((await request.get("/api/auth/csrf")).status()).toBe(200);
});
