import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type TParameter = { name: string; in: string; description?: string; schema: { enum?: string[] } };

const parameterOf = (path: string, name: string) => {
  const operation = openApiDocument.paths[path]!.get as { parameters: TParameter[] };
  return operation.parameters.find((parameter) => parameter.in === "query" && parameter.name === name);
};

// The enum query parameters are read in any letter case (enum-value.ts): the document says so where
// each is described, so a client that sends status=assigned knows it is ASSIGNED, not a 422.
describe("OpenAPI: the leads list's and CSV's enum parameters say they are read in any letter case", () => {
  it.each<[string, string, string]>([
    ["/leads", "status", "ASSIGNED"],
    ["/leads.csv", "status", "ASSIGNED"],
    ["/leads.csv", "sort", "date-desc"],
  ])("GET %s %s", (path, name, member) => {
    const parameter = parameterOf(path, name);
    expect(parameter?.schema.enum).toContain(member);
    expect(parameter?.description).toMatch(/in any letter case/);
  });
});
