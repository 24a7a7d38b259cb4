import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZLeadListQuery } from "../leads/lead-list-query";
import { requestIssues } from "./request-issues";
import { ignoredQueryParameterWarnings, queryParameters, unknownQueryParameterMessage } from "./query-parameters";

const issuesOf = (schema: z.ZodType, input: Record<string, unknown>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : requestIssues(parsed.error.issues);
};

describe("queryParameters: a query that names each parameter it does not take", () => {
  const ZQuery = queryParameters({ tier: z.string().optional(), limit: z.string().optional() });

  it.each<[string, Record<string, unknown>, { path: string; message: string }[]]>([
    ["known parameters: no issue", { tier: "hot", limit: "5" }, []],
    ["one unknown: at its own name, the accepted ones listed", { colour: "red" }, [{ path: "colour", message: "Unknown query parameter `colour`: use tier, limit" }]],
    ["an unknown one beside a bad known one: both", { colour: "red", tier: 5 }, [{ path: "tier", message: "Must be a string, not a number" }, { path: "colour", message: "Unknown query parameter `colour`: use tier, limit" }]],
    ["a long name is cut at 60 characters", { ["x".repeat(80)]: "1" }, [{ path: "x".repeat(80), message: `Unknown query parameter \`${"x".repeat(60)}…\`: use tier, limit` }]],
  ])("%s", (_name, input, expected) => {
    expect(issuesOf(ZQuery, input)).toEqual(expected);
  });

  // GET /api/v1/leads and the leads CSV (leads-csv.int.test.ts) each repeated this pattern; both are this helper now.
  it("GET /api/v1/leads names its own parameters the same way", () => {
    expect(issuesOf(ZLeadListQuery, { colour: "red" })).toEqual([{ path: "colour", message: unknownQueryParameterMessage("colour", ["status", "tier", "ownerRepId", "formId", "updatedSince", "cursor", "limit"]) }]);
  });

  // The GET routes that take no parameter (GET /api/v1/leads/{id} …) refuse one with this query; "use " listed nothing.
  it("a query of no parameters says it takes none", () => {
    expect(issuesOf(queryParameters({}), { x: "1" })).toEqual([{ path: "x", message: "Unknown query parameter `x`: this endpoint takes no query parameters" }]);
    expect(issuesOf(queryParameters({}), {})).toEqual([]);
  });
});

// POST /api/v1/leads?source=hubspot kept the lead and said nothing: the intakes now keep it and warn at query.<name>.
describe("ignoredQueryParameterWarnings: the intakes' warning for a parameter they ignore", () => {
  it.each<[string, string[], { path: string; message: string }[]]>([
    ["none: no warning", [], []],
    ["one: at query.<name>, saying it is ignored", ["source"], [{ path: "query.source", message: "Unknown query parameter `source` ignored: this endpoint reads only its JSON body" }]],
    ["each once, in order", ["dryRun", "source", "dryRun"], [{ path: "query.dryRun", message: expect.stringContaining("`dryRun` ignored") }, { path: "query.source", message: expect.stringContaining("`source` ignored") }]],
    ["a long name is cut at 60 characters in the message, whole in the path", ["y".repeat(80)], [{ path: `query.${"y".repeat(80)}`, message: `Unknown query parameter \`${"y".repeat(60)}…\` ignored: this endpoint reads only its JSON body` }]],
  ])("%s", (_name, names, expected) => {
    expect(ignoredQueryParameterWarnings(names)).toEqual(expected);
  });
});
