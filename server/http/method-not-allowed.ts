// A v1 route asked with a method it does not take answers 405 with the API's JSON error and an
// `Allow` header (Next.js alone answers an empty 405 without one). Next.js has no hook for that
// short of the proxy, so each route file lists its methods once:
//   export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
// otherMethods builds the handlers of every other method from that list; a unit test
// (method-not-allowed.unit.test.ts) checks every app/api/v1 route file does this and that its
// list matches the handlers it exports. HEAD stays Next.js's (it answers like GET where there is a
// GET). OPTIONS is built here too: 204 with the same `Allow` as the 405 — Next.js's own OPTIONS
// listed every exported handler, the 405 ones included ("DELETE, GET, HEAD, OPTIONS, PATCH, POST,
// PUT" on /leads). A route with its own CORS preflight exports its own OPTIONS instead.
import { jsonError } from "../api/rest/json-error";

export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type TRouteMethod = (typeof ROUTE_METHODS)[number];

type THandler = (request: Request) => Response;
type TOthers<A extends TRouteMethod> = { [M in Exclude<TRouteMethod, A>]: THandler } & ("GET" extends A ? Record<never, never> : { HEAD: THandler }) & { OPTIONS: () => Response };

/** The `Allow` header of a route that takes `allowed` (HEAD with GET; OPTIONS always). */
export function allowHeader(allowed: readonly TRouteMethod[]): string {
  return [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
}

/** The 405: `{ error: { code: "METHOD_NOT_ALLOWED", message, details: [{ path: "method" }] } }` with `Allow`. */
export function methodNotAllowed(method: string, allowed: readonly TRouteMethod[]): Response {
  const allow = allowHeader(allowed);
  const message = `${method} is not a method of this endpoint: use ${allow}`;
  return jsonError(405, "METHOD_NOT_ALLOWED", message, [{ path: "method", message }], { allow });
}

/** OPTIONS without CORS: 204 with `Allow` (the methods the route takes). */
export function optionsAnswer(allowed: readonly TRouteMethod[]): Response {
  return new Response(null, { status: 204, headers: { allow: allowHeader(allowed) } });
}

/** The handlers of every method a route does not take (and HEAD without a GET), each answering 405, and OPTIONS. */
export function otherMethods<A extends TRouteMethod>(...allowed: A[]): TOthers<A> {
  const others = [...ROUTE_METHODS.filter((m) => !(allowed as TRouteMethod[]).includes(m)), ...((allowed as TRouteMethod[]).includes("GET") ? [] : ["HEAD"])];
  const handlers = Object.fromEntries(others.map((method) => [method, (request: Request) => methodNotAllowed(request.method || method, allowed)]));
  return { ...handlers, OPTIONS: () => optionsAnswer(allowed) } as TOthers<A>;
}
