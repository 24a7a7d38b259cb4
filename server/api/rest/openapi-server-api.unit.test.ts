import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type TOperation = { security?: unknown[]; responses: Record<string, { headers?: Record<string, unknown> } | { $ref: string }> };

const operations: [string, string, string][] = [
  ["/leads", "post", "leads:write"],
  ["/leads/{id}", "get", "leads:read"],
  ["/leads/{id}/reassign", "post", "leads:write"],
  ["/routing", "get", "routing:read"],
  ["/routing", "put", "routing:write"],
  ["/routing/test", "post", "routing:read"],
  ["/members", "get", "routing:read"],
];

describe("OpenAPI: the server-to-server API", () => {
  it("every $ref resolves", () => {
    const text = JSON.stringify(openApiDocument);
    for (const [, target] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const resolved = target!.split("/").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], openApiDocument);
      expect(resolved, target).toBeDefined();
    }
  });

  it.each(operations)("%s %s: bearer API key with the scope %s, 401, 403 and 500, no CORS headers", (path, method, scope) => {
    const operation = openApiDocument.paths[path]![method] as TOperation;
    expect(operation.security).toEqual([{ ApiKey: [scope] }]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["401", "403", "500"]));
    expect(JSON.stringify(operation)).not.toContain("AccessControlAllowOrigin");
    expect(openApiDocument.paths[path]!.options).toBeUndefined();
  });

  it("declares the bearer scheme and the request schemas from zod", () => {
    expect(openApiDocument.components.securitySchemes.ApiKey).toMatchObject({ type: "http", scheme: "bearer" });
    const schemas = openApiDocument.components.schemas;
    expect(schemas.CreateLeadRequest).toMatchObject({ type: "object", required: ["answers"], additionalProperties: false });
    expect(schemas.RoutingDocument).toMatchObject({ type: "object", required: expect.arrayContaining(["config"]) });
    expect(JSON.stringify(schemas.RoutingDocument)).toContain("#/components/schemas/Condition");
    expect(schemas.ReassignRequest).toMatchObject({ required: ["reason"] });
  });
});
