// The OpenAPI document says what POST /api/v1/leads/{id}/events does now: the same event under an
// externalId again is a 200, another event under it a 422 at externalId (no longer a 409); and the
// API key's rate limit is told on every answer (RateLimit-Limit, -Remaining, -Reset), the 429 and
// the event's 201/200 included, as the ApiKey scheme says.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type TResponse = { description: string; headers?: Record<string, unknown> };
const doc = openApiDocument as unknown as {
  paths: Record<string, { post: { description: string; responses: Record<string, TResponse> } }>;
  components: { responses: Record<string, TResponse>; securitySchemes: Record<string, { description: string }> };
};
const events = doc.paths["/leads/{id}/events"]!.post;
const RATE_LIMIT = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"];

describe("OpenAPI: POST /leads/{id}/events replays and the key's rate limit headers", () => {
  it("another event under a used externalId is documented as the 422, not the 409", () => {
    expect(events.responses["422"]!.description).toContain("The externalId was already used with a different request");
    expect(events.responses["409"]!.description).not.toContain("externalId");
    expect(events.description).toContain("any letter case");
    expect(events.description).toContain("42,000.50");
  });

  it.each(["201", "200"])("the event's %s carries the RateLimit headers", (status) => {
    expect(Object.keys(events.responses[status]!.headers ?? {})).toEqual(RATE_LIMIT);
  });

  it("the key's 429 carries Retry-After and the RateLimit headers; the ApiKey scheme names them", () => {
    expect(Object.keys(doc.components.responses.ApiKeyRateLimited!.headers ?? {})).toEqual(["Retry-After", ...RATE_LIMIT]);
    for (const name of RATE_LIMIT) expect(doc.components.securitySchemes.ApiKey!.description).toContain(name);
  });
});
