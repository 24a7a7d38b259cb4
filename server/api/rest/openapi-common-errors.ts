// The answers of the v1 API that no one operation owns, added to the OpenAPI document's paths:
// - 405 for a method a path does not take, with Allow (server/http/method-not-allowed.ts): the
//   MethodNotAllowed response, and on each path item its Allow value (`x-allow`) and a sentence;
// - 400 for a NUL character (%00) in a path parameter, at the parameter's name (path-parameters.ts),
//   on every operation of a path with a parameter (joined to a 400 the operation already has);
// - for a query parameter on a route that takes none (no-query-parameters.ts): the 422 where it is
//   refused (at the name on a GET, at query.<name> on a write), the warning where it is ignored.
// openapi-errors.unit.test.ts checks them against the route files and the routes' list.
import { ignoredQueryParameterMessage, unknownQueryParameterMessage } from "../../domain/validation/query-parameters";
import { allowHeader, ROUTE_METHODS } from "../../http/method-not-allowed";
import { ROUTE_SUBJECT } from "./authenticate";
import { ROUTES_WITHOUT_QUERY } from "./no-query-parameters";

type TResponse = { description?: string; "x-error-codes"?: string[]; $ref?: string; [key: string]: unknown };
type TOperation = { responses?: Record<string, TResponse> };

const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

export const METHOD_NOT_ALLOWED_RESPONSE = {
  description:
    'A method the path does not take (each path lists its Allow value as x-allow): { "error": { "code": "METHOD_NOT_ALLOWED", "message", "details": [{ "path": "method" }] } }. ' +
    "HEAD answers like GET where there is a GET; OPTIONS answers 204 with Allow (or a form's CORS preflight).",
  headers: { Allow: { description: "The methods the path takes, e.g. GET, HEAD, OPTIONS", schema: { type: "string" } } },
  content: errorContent,
  "x-error-codes": ["METHOD_NOT_ALLOWED"],
};

/** The name a path parameter's errors use: its route's subject ("leadId", "endpointId"), else the parameter's own name. */
function parameterName(path: string, method: string): string {
  const subject = (ROUTE_SUBJECT as Record<string, string | undefined>)[`${method.toUpperCase()} /api/v1${path}`];
  return subject ?? /\{([^}]+)\}/.exec(path)?.[1] ?? "id";
}

const nulSentence = (name: string) => `A NUL character (%00) in the path: 400 BAD_REQUEST at \`${name}\``;

/** `paths` with the 405 and the path parameters' 400 documented (a new object; the operations are copied where changed). */
export function withCommonErrors(paths: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      const methods = ROUTE_METHODS.filter((m) => item[m.toLowerCase()] !== undefined);
      const allow = allowHeader(methods);
      const sentence = `Any other method: 405 (MethodNotAllowed) with Allow: ${allow}.`;
      const description = typeof item.description === "string" ? `${item.description} ${sentence}` : sentence;
      const next: Record<string, unknown> = { ...item, description, "x-allow": allow };
      if (path.includes("{")) {
        for (const method of methods) {
          const key = method.toLowerCase();
          next[key] = withNulParameter(item[key] as TOperation, parameterName(path, key));
        }
      }
      for (const method of methods) {
        const key = method.toLowerCase();
        const answer = (ROUTES_WITHOUT_QUERY as ReadonlyMap<string, string>).get(`${method} /api/v1${path}`);
        if (answer === "refuse") next[key] = withNoQuery(next[key] as TOperation, method === "GET");
        if (answer === "warn") next[key] = withIgnoredQuery(next[key] as TOperation);
      }
      return [path, next];
    }),
  );
}

function withNulParameter(operation: TOperation, name: string): TOperation {
  const existing = operation.responses?.["400"];
  const sentence = nulSentence(name);
  const bad: TResponse =
    existing && !existing.$ref
      ? { ...existing, description: `${existing.description ?? ""}; or: ${sentence}`, "x-error-codes": [...(existing["x-error-codes"] ?? []), "BAD_REQUEST"] }
      : { description: sentence, content: errorContent, "x-error-codes": ["BAD_REQUEST"] };
  return { ...operation, responses: { ...operation.responses, "400": bad } };
}

const noQuerySentence = (isGet: boolean) =>
  isGet
    ? `A query parameter (this operation takes none, e.g. ?x=1): 422 VALIDATION at its name ("${unknownQueryParameterMessage("x", [])}"), as GET /leads answers one it does not take`
    : `A query parameter (this operation takes none, e.g. ?x=1): 422 VALIDATION at its name, path "query.x" ("${unknownQueryParameterMessage("x", [])}"), checked after the API key or token and before anything is read or written`;

function withNoQuery(operation: TOperation, isGet: boolean): TOperation {
  const existing = operation.responses?.["422"];
  const sentence = noQuerySentence(isGet);
  const invalid: TResponse =
    existing && !existing.$ref
      ? { ...existing, description: `${existing.description ?? ""}; or: ${sentence}`, "x-error-codes": [...new Set([...(existing["x-error-codes"] ?? []), "VALIDATION"])] }
      : { description: sentence, content: errorContent, "x-error-codes": ["VALIDATION"] };
  return { ...operation, responses: { ...operation.responses, "422": invalid } };
}

export const IGNORED_QUERY_SENTENCE = `A query parameter (this operation takes none, e.g. ?x=1) is ignored, the request kept: "warnings" names it at "query.x" ("${ignoredQueryParameterMessage("x")}")`;

/** An intake that keeps the request: its success answers say the parameter is ignored and named in warnings. */
function withIgnoredQuery(operation: TOperation): TOperation {
  const responses = Object.fromEntries(
    Object.entries(operation.responses ?? {}).map(([status, response]) => [status, /^2\d\d$/.test(status) && !response.$ref ? { ...response, description: `${response.description ?? ""}. ${IGNORED_QUERY_SENTENCE}` } : response]),
  );
  return { ...operation, responses };
}
