// The answers every v1 route may give that no single operation owns: 405 for a method the path
// does not take (with Allow), and 400 for a path parameter carrying a NUL character (at the
// parameter's name). Checked against the route files themselves, as method-not-allowed.unit.test.ts
// checks that each answers 405.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowHeader, ROUTE_METHODS } from "../../http/method-not-allowed";
import { ROUTES_WITHOUT_QUERY } from "./no-query-parameters";
import { openApiDocument } from "./openapi";

const V1 = path.join(process.cwd(), "app/api/v1");
const routeFiles = (readdirSync(V1, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts").sort();
/** "leads/[id]/events/route.ts" → "/leads/{id}/events" */
const apiPath = (file: string) => `/${path.dirname(file)}`.replace(/\[([^\]]+)\]/g, "{$1}");

type TOperation = { responses: Record<string, { $ref?: string; description?: string; "x-error-codes"?: string[] }> };

describe("OpenAPI: 405 for a method a path does not take", () => {
  it("a MethodNotAllowed response with the Allow header and the METHOD_NOT_ALLOWED code", () => {
    const response = openApiDocument.components.responses.MethodNotAllowed as { headers: Record<string, unknown>; "x-error-codes": string[] };
    expect(Object.keys(response.headers)).toEqual(["Allow"]);
    expect(response["x-error-codes"]).toEqual(["METHOD_NOT_ALLOWED"]);
  });

  it.each(routeFiles)("%s: its path lists the route's methods, the Allow header it answers and the 405", (file) => {
    const source = readFileSync(path.join(V1, file), "utf8");
    const handled = ROUTE_METHODS.filter((m) => new RegExp(`^export (async )?function ${m}\\b`, "m").test(source));
    const item = openApiDocument.paths[apiPath(file)] as Record<string, unknown> | undefined;
    expect(item, apiPath(file)).toBeDefined();
    const documented = ROUTE_METHODS.filter((m) => item![m.toLowerCase()] !== undefined);
    expect(documented).toEqual(handled);
    expect(item!["x-allow"]).toBe(allowHeader(handled));
    expect(item!.description).toContain(`405 (MethodNotAllowed) with Allow: ${allowHeader(handled)}`);
  });
});

describe("OpenAPI: 400 for a NUL character in a path parameter", () => {
  const withParameter = Object.entries(openApiDocument.paths)
    .filter(([name]) => name.includes("{"))
    .flatMap(([name, item]) => Object.entries(item).filter(([method]) => (ROUTE_METHODS as readonly string[]).includes(method.toUpperCase())).map(([method, operation]) => [`${method.toUpperCase()} ${name}`, operation as TOperation] as const));

  it("finds the operations with a path parameter", () => expect(withParameter.length).toBeGreaterThan(10));

  it.each(withParameter)("%s: 400 BAD_REQUEST at the parameter's name", (_name, operation) => {
    const bad = operation.responses["400"];
    expect(bad?.["x-error-codes"]).toContain("BAD_REQUEST");
    expect(bad?.description).toMatch(/NUL character \(%00\) in the path: 400 BAD_REQUEST at `\w+`/);
  });
});

// GET /api/v1/leads/{id}?x=1 was a 200 (the parameter ignored) while the list answered 422: the
// GET routes without query parameters refuse one now (no-query-parameters.ts), and say so here. So
// do the configuration and action writes (at query.<name>); the intakes keep the request and warn.
describe("OpenAPI: a query parameter on a route that takes none", () => {
  const operations = (answer: string) =>
    [...ROUTES_WITHOUT_QUERY].filter(([, a]) => a === answer).map(([route]) => {
      const [method, url] = route.split(" ") as [string, string];
      const item = openApiDocument.paths[url.replace(/^\/api\/v1/, "")] as Record<string, unknown> | undefined;
      return [route, item?.[method.toLowerCase()] as (TOperation & { parameters?: { in: string }[] }) | undefined, item?.parameters as { in: string }[] | undefined] as const;
    });
  const refused = operations("refuse");
  const warned = operations("warn");
  const noQueryParameter = (operation: { parameters?: { in: string }[] }, pathParameters: { in: string }[] | undefined) => [...(operation.parameters ?? []), ...(pathParameters ?? [])].filter((p) => p.in === "query");

  it("lists the routes", () => {
    expect(refused.length).toBeGreaterThanOrEqual(17);
    expect(warned.map(([route]) => route)).toEqual(["POST /api/v1/leads", "POST /api/v1/leads/{id}/events", "POST /api/v1/forms/{slug}/submissions"]);
  });

  it("every write route of app/api/v1 is listed (refused or warned): none ignores a parameter silently", () => {
    const writes = routeFiles.flatMap((file) => {
      const source = readFileSync(path.join(V1, file), "utf8");
      return ["POST", "PUT", "PATCH", "DELETE"].filter((m) => new RegExp(`^export (async )?function ${m}\\b`, "m").test(source)).map((m) => `${m} /api/v1${apiPath(file)}`);
    });
    expect(writes.length).toBeGreaterThanOrEqual(14);
    expect(writes.filter((route) => !ROUTES_WITHOUT_QUERY.has(route as never))).toEqual([]);
  });

  it.each(refused)("%s: a 422 VALIDATION naming the parameter; no query parameter documented", (route, operation, pathParameters) => {
    expect(operation).toBeDefined();
    const invalid = operation!.responses["422"];
    expect(invalid?.["x-error-codes"]).toContain("VALIDATION");
    expect(invalid?.description).toMatch(/query parameter .*422 VALIDATION at its name/);
    if (!route.startsWith("GET ")) expect(invalid?.description).toContain('path "query.x"');
    expect(noQueryParameter(operation!, pathParameters)).toEqual([]);
  });

  it.each(warned)("%s: its success answers say the parameter is ignored and named in warnings; no query parameter documented", (_route, operation, pathParameters) => {
    expect(operation).toBeDefined();
    const successes = Object.entries(operation!.responses).filter(([status]) => status.startsWith("2"));
    expect(successes.length).toBeGreaterThan(0);
    for (const [, response] of successes) expect(response.description).toContain('"warnings" names it at "query.x" ("Unknown query parameter `x` ignored: this endpoint reads only its JSON body")');
    expect(operation!.responses["422"]?.description ?? "").not.toContain("query.x");
    expect(noQueryParameter(operation!, pathParameters)).toEqual([]);
  });
});
