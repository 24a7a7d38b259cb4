import { describe, expect, it } from "vitest";
import { INITIAL_SCOPES, NO_SCOPE_MESSAGE, newKeyProblem } from "./new-key-scopes";

describe("new API key scopes", () => {
  it("start with no scope ticked (least privilege)", () => {
    expect(INITIAL_SCOPES).toEqual([]);
  });

  it.each([
    { name: "CRM sync", scopes: [], problem: NO_SCOPE_MESSAGE },
    { name: "CRM sync", scopes: INITIAL_SCOPES, problem: NO_SCOPE_MESSAGE },
    { name: "  ", scopes: ["leads:read"] as const, problem: "Name the key" },
    { name: "", scopes: [], problem: "Name the key" },
    { name: "CRM sync", scopes: ["leads:read"] as const, problem: null },
    { name: "CRM sync", scopes: ["routing:read", "webhooks:write"] as const, problem: null },
  ])("name $name with scopes $scopes → $problem", ({ name, scopes, problem }) => {
    expect(newKeyProblem(name, scopes)).toBe(problem);
  });
});
