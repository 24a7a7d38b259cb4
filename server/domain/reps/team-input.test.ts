import { describe, expect, it } from "vitest";
import { ZTeamInput, ZTeamMembersInput } from "./team-input";

describe("ZTeamInput", () => {
  it.each<[string, unknown, boolean]>([
    ["a name", { name: "EMEA Enterprise" }, true],
    ["a name and description", { name: "SMB", description: "Inbound SMB leads" }, true],
    ["blank name", { name: "   " }, false],
    ["long name", { name: "x".repeat(81) }, false],
    ["long description", { name: "A", description: "x".repeat(501) }, false],
  ])("%s", (_name, input, ok) => expect(ZTeamInput.safeParse(input).success).toBe(ok));

  it("trims and defaults the description", () => {
    expect(ZTeamInput.parse({ name: "  SMB  " })).toEqual({ name: "SMB", description: "" });
  });

  it("dedupes member ids", () => {
    expect(ZTeamMembersInput.parse({ repIds: ["a", "b", "a"] }).repIds).toEqual(["a", "b"]);
  });
});
