import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plainTypeMessage, requestIssues } from "./request-issues";

const ZBody = z.strictObject({ lead: z.strictObject({ email: z.email("Enter a valid email") }), tags: z.array(z.string()).optional(), count: z.number().int().optional(), note: z.string({ error: "Give a note as text" }).optional() });

describe("requestIssues", () => {
  it.each([
    ["an unknown top-level property at its own path", { lead: { email: "a@b.co" }, colour: "red" }, [], [{ path: "colour", message: "Unknown property" }]],
    ["an unknown nested property at its own path", { lead: { email: "a@b.co", colour: 1 } }, [], [{ path: "lead.colour", message: "Unknown property" }]],
    ["each of several unknown properties", { lead: { email: "a@b.co" }, a: 1, b: 2 }, [], [{ path: "a", message: "Unknown property" }, { path: "b", message: "Unknown property" }]],
    ["an invalid value at its dotted path", { lead: { email: "nope" } }, [], [{ path: "lead.email", message: "Enter a valid email" }]],
    ["an array element by index, in plain words", { lead: { email: "a@b.co" }, tags: ["x", 2] }, [], [{ path: "tags.1", message: "Must be a string, not a number" }]],
    ["a wrong body as 'body'", "text", [], [{ path: "body", message: "Must be an object, not a string" }]],
    // zod's own "Invalid input: expected object, received undefined" before.
    ["a missing property as Required", {}, [], [{ path: "lead", message: "Required (an object)" }]],
    ["a missing nested property with its schema's own message", { lead: {} }, [], [{ path: "lead.email", message: "Enter a valid email" }]],
    ["a whole number given a string", { lead: { email: "a@b.co" }, count: "3" }, [], [{ path: "count", message: "Must be a number, not a string" }]],
    ["a schema's own type message kept", { lead: { email: "a@b.co" }, note: 5 }, [], [{ path: "note", message: "Give a note as text" }]],
    ["paths under a prefix", { lead: { email: "nope" } }, ["answers"], [{ path: "answers.lead.email", message: "Enter a valid email" }]],
  ])("reports %s", (_name, body, prefix, expected) => {
    const parsed = ZBody.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(requestIssues(parsed.error!.issues, prefix)).toEqual(expected);
  });
});

describe("plainTypeMessage", () => {
  it.each([
    ["Invalid input: expected string, received undefined", "Required (a string)"],
    ["Invalid input: expected number, received string", "Must be a number, not a string"],
    ["Invalid input: expected int, received number", "Must be a whole number, not a number"],
    ["Invalid input: expected boolean, received null", "Must be true or false, not null"],
    ["Invalid input: expected record, received array", "Must be an object, not an array"],
    ["Invalid input: expected number, received NaN", "Must be a number, not NaN"],
    ["Invalid input: expected bigint, received string", "Must be bigint, not a string"],
    ["Enter a valid email", "Enter a valid email"],
    ["Invalid input: expected string, received undefined (extra)", "Invalid input: expected string, received undefined (extra)"],
  ])("%s → %s", (message, expected) => {
    expect(plainTypeMessage(message)).toBe(expected);
  });
});

