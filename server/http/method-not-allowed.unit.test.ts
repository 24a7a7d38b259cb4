import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowHeader, methodNotAllowed, otherMethods, ROUTE_METHODS, type TRouteMethod } from "./method-not-allowed";

describe("methodNotAllowed: 405 with the API's JSON error and Allow", () => {
  it.each<[TRouteMethod[], string]>([
    [["GET"], "GET, HEAD, OPTIONS"],
    [["POST"], "POST, OPTIONS"],
    [["GET", "POST"], "GET, POST, HEAD, OPTIONS"],
    [["GET", "PUT"], "GET, PUT, HEAD, OPTIONS"],
    [["DELETE"], "DELETE, OPTIONS"],
  ])("%j → Allow: %s", async (allowed, allow) => {
    expect(allowHeader(allowed)).toBe(allow);
    const response = methodNotAllowed("PATCH", allowed);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const message = `PATCH is not a method of this endpoint: use ${allow}`;
    expect(await response.json()).toEqual({ error: { code: "METHOD_NOT_ALLOWED", message, details: [{ path: "method", message }] } });
  });

  it("otherMethods answers every method but the route's own (and HEAD without a GET), and OPTIONS", () => {
    expect(Object.keys(otherMethods("GET")).sort()).toEqual(["DELETE", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(Object.keys(otherMethods("POST")).sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "PUT"]);
    const { DELETE } = otherMethods("GET", "POST");
    expect(DELETE(new Request("http://localhost/api/v1/leads/x", { method: "DELETE" })).headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });

  // Next.js's own OPTIONS listed every exported handler, the 405 ones too: "DELETE, GET, HEAD,
  // OPTIONS, PATCH, POST, PUT" on /leads, against the 405's "GET, POST, HEAD, OPTIONS".
  it.each<[TRouteMethod[], string]>([
    [["GET", "POST"], "GET, POST, HEAD, OPTIONS"],
    [["POST"], "POST, OPTIONS"],
    [["DELETE"], "DELETE, OPTIONS"],
  ])("OPTIONS of a route taking %j: 204, Allow %s, no CORS", (allowed, allow) => {
    const response = otherMethods(...allowed).OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe(allow);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

// Every v1 route file lists its methods once with otherMethods, and the list is what it handles.
const V1 = path.join(process.cwd(), "app/api/v1");
const routeFiles = (readdirSync(V1, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts").sort();

describe("every app/api/v1 route answers other methods with 405 + Allow", () => {
  it("finds the v1 routes", () => expect(routeFiles.length).toBeGreaterThan(15));

  it.each(routeFiles)("%s", (file) => {
    const source = readFileSync(path.join(V1, file), "utf8");
    const handled = ROUTE_METHODS.filter((m) => new RegExp(`^export (async )?function ${m}\\b`, "m").test(source));
    const listed = /otherMethods\(([^)]*)\)/.exec(source)?.[1]?.match(/"([A-Z]+)"/g)?.map((m) => m.slice(1, -1)) ?? null;
    expect(listed).toEqual(handled);
    const exported = /export const \{([^}]*)\} = otherMethods/.exec(source)?.[1]?.split(",").map((m) => m.trim()).sort();
    // OPTIONS: the route's own (a CORS preflight), else otherMethods' (204 with the same Allow).
    const ownOptions = /^export (async )?function OPTIONS\b/m.test(source);
    expect(exported).toEqual([...ROUTE_METHODS.filter((m) => !handled.includes(m)), ...(handled.includes("GET") ? [] : ["HEAD"]), ...(ownOptions ? [] : ["OPTIONS"])].sort());
  });
});
