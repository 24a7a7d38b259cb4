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

// zod's own words for a size, a format or an option ("Too small: expected string to have >=1
// characters", "Invalid ISO datetime", "Invalid option: expected one of \"a\"|\"b\"") reached the API's
// 422s on POST /leads/{id}/reassign (toRepId ""), /leads/{id}/events (externalId "", type),
// /bookings (leadId "", timeZone ""), /routing/test (lead.form "", at) and /leads (form "", timeZone ""),
// and an empty time zone was named twice (empty, then unknown). Plain words, one message per path.
describe("requestIssues: zod's size, format and option words in plain words", () => {
  const ZSized = z.strictObject({
    id: z.string().min(1).max(5).optional(),
    code: z.string().min(3).optional(),
    zone: z.string().min(1).refine((v) => v === "UTC", "Unknown time zone").optional(),
    count: z.number().min(0).max(10).optional(),
    ratio: z.number().gt(0).lt(1).optional(),
    tags: z.array(z.string()).min(1).max(2).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
    kind: z.enum(["won", "lost"]).optional(),
    own: z.string().min(1, "Give a reason").optional(),
  });
  it.each<[string, Record<string, unknown>, { path: string; message: string }[]]>([
    ["an empty string", { id: "" }, [{ path: "id", message: "Must not be empty" }]],
    ["a string too long", { id: "abcdef" }, [{ path: "id", message: "At most 5 characters" }]],
    ["a string too short", { code: "ab" }, [{ path: "code", message: "At least 3 characters" }]],
    ["an empty string named once, not again by a later check", { zone: "" }, [{ path: "zone", message: "Must not be empty" }]],
    ["a later check on a non-empty string kept", { zone: "Mars" }, [{ path: "zone", message: "Unknown time zone" }]],
    ["a number below its minimum", { count: -1 }, [{ path: "count", message: "Must be 0 or more" }]],
    ["a number above its maximum", { count: 11 }, [{ path: "count", message: "Must be 10 or less" }]],
    ["exclusive bounds", { ratio: 1 }, [{ path: "ratio", message: "Must be less than 1" }]],
    ["an empty list", { tags: [] }, [{ path: "tags", message: "At least 1 item" }]],
    ["a list too long", { tags: ["a", "b", "c"] }, [{ path: "tags", message: "At most 2 items" }]],
    ["a date-time", { at: "tomorrow" }, [{ path: "at", message: "Use an ISO 8601 date-time such as 2026-12-01T09:30:00Z" }]],
    ["an option", { kind: "tie" }, [{ path: "kind", message: "Use one of “won”, “lost”" }]],
    ["a schema's own message kept", { own: "" }, [{ path: "own", message: "Give a reason" }]],
  ])("%s", (_name, body, expected) => {
    const parsed = ZSized.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(requestIssues(parsed.error!.issues)).toEqual(expected);
  });
});
