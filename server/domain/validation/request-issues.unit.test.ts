import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requestIssues } from "./request-issues";

const ZBody = z.strictObject({ lead: z.strictObject({ email: z.email("Enter a valid email") }), tags: z.array(z.string()).optional() });

describe("requestIssues", () => {
  it.each([
    ["an unknown top-level property at its own path", { lead: { email: "a@b.co" }, colour: "red" }, [], [{ path: "colour", message: "Unknown property" }]],
    ["an unknown nested property at its own path", { lead: { email: "a@b.co", colour: 1 } }, [], [{ path: "lead.colour", message: "Unknown property" }]],
    ["each of several unknown properties", { lead: { email: "a@b.co" }, a: 1, b: 2 }, [], [{ path: "a", message: "Unknown property" }, { path: "b", message: "Unknown property" }]],
    ["an invalid value at its dotted path", { lead: { email: "nope" } }, [], [{ path: "lead.email", message: "Enter a valid email" }]],
    ["an array element by index", { lead: { email: "a@b.co" }, tags: ["x", 2] }, [], [{ path: "tags.1", message: expect.any(String) }]],
    ["a wrong body as 'body'", "text", [], [{ path: "body", message: expect.any(String) }]],
    ["paths under a prefix", { lead: { email: "nope" } }, ["answers"], [{ path: "answers.lead.email", message: "Enter a valid email" }]],
  ])("reports %s", (_name, body, prefix, expected) => {
    const parsed = ZBody.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(requestIssues(parsed.error!.issues, prefix)).toEqual(expected);
  });
});
