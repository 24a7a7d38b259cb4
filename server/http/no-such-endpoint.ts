// A request to /api/… that no route takes (a typo, an old or guessed path: /api/v1/lead, /api/v1/forms)
// answers 404 with the API's JSON error, naming the path, instead of the app's HTML "not found"
// page: an integrator's client parses JSON and a 200-looking HTML body hid the mistake. Every method
// answers the same (OPTIONS too: there is nothing to preflight), and nothing is read from the
// request but its method and path, so it costs nothing and tells nothing.
import { jsonError } from "../api/rest/json-error";

export const OPENAPI_PATH = "/api/v1/openapi.json";

/** The 404 for `method` on `pathname`: `{ error: { code: "NOT_FOUND", message, details: [{ path: "url" }] } }`. */
export function noSuchEndpoint(method: string, pathname: string): Response {
  const message = `No API endpoint at ${method} ${pathname}: the endpoints are listed in ${OPENAPI_PATH}`;
  return jsonError(404, "NOT_FOUND", message, [{ path: "url", message: "No such endpoint" }]);
}

/** The handler of every method of the /api catch-all route. */
export function answerNoSuchEndpoint(request: Request): Response {
  return noSuchEndpoint(request.method, new URL(request.url).pathname);
}
