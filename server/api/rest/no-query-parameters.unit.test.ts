// The one list of routes without query parameters, read one way: a GET refuses at the name, a
// configuration or action write refuses at query.<name>, an intake keeps the request and warns; a
// route with its own query (or left lenient) is untouched. Writes ignored every parameter before.
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { ignoredQueryWarnings, refuseQueryParameters, type TRouteWithoutQuery } from "./no-query-parameters";

const url = (query: string) => `http://localhost/api/v1/x${query}`;
/** What the reader makes of `query` on `route`: the refusal's details, the warnings' paths, or nothing. */
function answer(route: TRouteWithoutQuery, query: string): { refused: { path: string; message: string }[] } | { warned: string[] } | "nothing" {
  try {
    refuseQueryParameters(route, url(query));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("The query is not valid");
    return { refused: error.details };
  }
  const warnings = ignoredQueryWarnings(route, url(query));
  return warnings.length > 0 ? { warned: warnings.map((w) => w.path) } : "nothing";
}

const takesNone = "this endpoint takes no query parameters";

describe("no-query-parameters: how each route answers a query parameter", () => {
  it.each<[TRouteWithoutQuery, string, ReturnType<typeof answer>]>([
    ["GET /api/v1/leads/{id}", "?x=1", { refused: [{ path: "x", message: `Unknown query parameter \`x\`: ${takesNone}` }] }],
    ["GET /api/v1/leads/{id}", "", "nothing"],
    ["GET /api/v1/leads/{id}", "?", "nothing"],
    ["PUT /api/v1/routing", "?dryRun=true", { refused: [{ path: "query.dryRun", message: `Unknown query parameter \`dryRun\`: ${takesNone}` }] }],
    ["POST /api/v1/routing/test", "?dryRun=true", { refused: [{ path: "query.dryRun", message: `Unknown query parameter \`dryRun\`: ${takesNone}` }] }],
    ["DELETE /api/v1/webhooks/{id}", "?force=1&force=2&async=1", { refused: [{ path: "query.force", message: `Unknown query parameter \`force\`: ${takesNone}` }, { path: "query.async", message: `Unknown query parameter \`async\`: ${takesNone}` }] }],
    ["POST /api/v1/bookings", "?notify=false", { refused: [{ path: "query.notify", message: `Unknown query parameter \`notify\`: ${takesNone}` }] }],
    ["POST /api/v1/bookings/requests", "?x=", { refused: [{ path: "query.x", message: `Unknown query parameter \`x\`: ${takesNone}` }] }],
    ["POST /api/v1/forms/{slug}/events", "?v=2", { refused: [{ path: "query.v", message: `Unknown query parameter \`v\`: ${takesNone}` }] }],
    ["PUT /api/v1/routing", "", "nothing"],
    ["POST /api/v1/leads", "?source=hubspot&dryRun=true", { warned: ["query.source", "query.dryRun"] }],
    ["POST /api/v1/leads", "", "nothing"],
    ["POST /api/v1/leads/{id}/events", "?source=crm", { warned: ["query.source"] }],
    ["POST /api/v1/forms/{slug}/submissions", "?utm_source=ads", { warned: ["query.utm_source"] }],
    // Their own query, read by their own schema: untouched here.
    ["GET /api/v1/leads", "?tier=hot", "nothing"],
    ["GET /api/v1/leads.csv", "?tier=hot", "nothing"],
    ["GET /api/v1/bookings/slots", "?leadId=l1", "nothing"],
  ])("%s%s", (route, query, expected) => {
    expect(answer(route, query)).toEqual(expected);
  });
});
