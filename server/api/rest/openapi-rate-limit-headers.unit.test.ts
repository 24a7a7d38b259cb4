// Every answer to a recognised API key carries RateLimit-Limit, -Remaining and -Reset
// (authenticate.ts withQuota: any status but the 401, which took no point); the 429 also
// Retry-After. This walks the OpenAPI document: every operation an API key may call (each route of
// API_ROUTE_SCOPES, and any operation whose security names ApiKey) documents the three on each of
// its responses but the 401, as references to the shared header components (not copies); the 401
// and the operations no key reaches (forms, the token-only booking request, this document) do not.
import { describe, expect, it } from "vitest";
import { API_ROUTE_SCOPES } from "../../domain/api-keys/scopes";
import { openApiDocument } from "./openapi";

type TNode = Record<string, unknown>;
type TOperation = { security?: TNode[]; responses: Record<string, TNode> };

const HEADER_REFS = {
  "RateLimit-Limit": "#/components/headers/RateLimitLimit",
  "RateLimit-Remaining": "#/components/headers/RateLimitRemaining",
  "RateLimit-Reset": "#/components/headers/RateLimitReset",
} as const;
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head"];

function resolve(node: TNode): TNode {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const target = ref.replace(/^#\//, "").split("/").reduce<unknown>((at, part) => (at as TNode | undefined)?.[part], openApiDocument);
  expect(target, ref).toBeDefined();
  return resolve(target as TNode);
}

const allOperations = Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m] !== undefined).map((method) => ({ path, method, operation: item[method] as TOperation })),
);
const takesApiKey = (operation: TOperation) => (operation.security ?? []).some((requirement) => "ApiKey" in requirement);
const keyOperations = allOperations.filter(({ operation }) => takesApiKey(operation));
const keyResponses = keyOperations.flatMap(({ path, method, operation }) =>
  Object.entries(operation.responses).map(([status, response]) => [`${method.toUpperCase()} ${path}`, status, response] as const),
);

describe("OpenAPI: RateLimit-* on every answer to a valid API key", () => {
  it("every route an API key may call is an operation that says it takes one", () => {
    const documented = keyOperations.map(({ path, method }) => `${method.toUpperCase()} /api/v1${path}`).sort();
    expect(documented).toEqual(Object.keys(API_ROUTE_SCOPES).sort());
  });

  it("the three headers are components once, integers, each described", () => {
    for (const ref of Object.values(HEADER_REFS)) {
      const header = resolve({ $ref: ref });
      expect(header.schema, ref).toMatchObject({ type: "integer" });
      expect(header.description, ref).toEqual(expect.any(String));
    }
  });

  it.each(keyResponses.filter(([, status]) => status !== "401"))("%s %s: RateLimit-Limit, -Remaining and -Reset, by reference", (_operation, _status, response) => {
    const headers = (resolve(response).headers ?? {}) as Record<string, TNode>;
    for (const [name, ref] of Object.entries(HEADER_REFS)) expect(headers[name], name).toEqual({ $ref: ref });
  });

  it.each(keyResponses.filter(([, status]) => status === "429"))("%s 429: Retry-After too", (_operation, _status, response) => {
    const headers = (resolve(response).headers ?? {}) as Record<string, TNode>;
    expect(resolve(headers["Retry-After"] ?? {}).schema).toMatchObject({ type: "integer", minimum: 1 });
  });

  it.each(keyResponses.filter(([, status]) => status === "401"))("%s 401: no RateLimit headers (no point was taken)", (_operation, _status, response) => {
    expect(Object.keys((resolve(response).headers ?? {}) as TNode).filter((name) => name.startsWith("RateLimit-"))).toEqual([]);
  });

  it("operations no API key reaches document none", () => {
    const keyless = allOperations.filter(({ operation }) => !takesApiKey(operation));
    expect(keyless.length).toBeGreaterThan(0);
    for (const { path, method, operation } of keyless) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const names = Object.keys((resolve(response).headers ?? {}) as TNode);
        expect(names.filter((name) => name.startsWith("RateLimit-")), `${method} ${path} ${status}`).toEqual([]);
      }
    }
  });
});
