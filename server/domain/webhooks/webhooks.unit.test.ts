import { describe, expect, it } from "vitest";
import { isDelivered, shouldDisableEndpoint, truncateResponse, webhookRetryDelayMs, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_URL_CREDENTIALS_MESSAGE, ZCreateWebhookEndpoint } from "./webhooks";

describe("webhook retries", () => {
  it("double from the base, capped, and stop after the last attempt (~24 h at 1 min)", () => {
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) => webhookRetryDelayMs(i + 1, 60_000));
    expect(delays.slice(0, 4)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(delays.at(-1)).toBeNull();
    const total = delays.reduce<number>((sum, d) => sum + (d ?? 0), 0);
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(30);
    expect(webhookRetryDelayMs(1, 10)).toBe(10);
  });

  it.each<[number, boolean]>([
    [200, true],
    [204, true],
    [301, false],
    [404, false],
    [500, false],
  ])("status %i delivered: %s", (status, ok) => expect(isDelivered(status)).toBe(ok));

  it("disables after sustained failure only", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    expect(shouldDisableEndpoint(null, now)).toBe(false);
    expect(shouldDisableEndpoint(new Date("2026-12-05T00:00:00Z"), now)).toBe(false);
    expect(shouldDisableEndpoint(new Date("2026-12-01T00:00:00Z"), now)).toBe(true);
  });

  it("truncates the kept response", () => {
    expect(truncateResponse("ok")).toBe("ok");
    expect(truncateResponse("x".repeat(2000))).toHaveLength(1025);
  });
});

describe("ZCreateWebhookEndpoint", () => {
  it("keeps events in the list's order, once", () => {
    expect(ZCreateWebhookEndpoint.parse({ url: "https://crm.example/hook", events: ["lead.routed", "lead.created", "lead.routed"] })).toEqual({ url: "https://crm.example/hook", events: ["lead.created", "lead.routed"], description: "" });
  });

  it.each<[unknown, string]>([
    [{ url: "ftp://x.example", events: ["lead.created"] }, "url"],
    [{ url: "https://x.example", events: [] }, "events"],
    [{ url: "https://x.example", events: ["lead.deleted"] }, "events.0"],
    [{ url: "https://x.example", events: ["lead.created"], secret: "x" }, ""],
    [{ url: "https://user:pass@x.example/hook", events: ["lead.created"] }, "url"],
    [{ url: "https://user@x.example/hook", events: ["lead.created"] }, "url"],
  ])("%j → issue at %j", (input, path) => {
    const result = ZCreateWebhookEndpoint.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe(path);
  });

  // A 5,000-character address was told "Use an http:// or https:// address" (the length check took the URL's message).
  it("an address over 2,000 characters: the limit named, with the length given, one issue", () => {
    const result = ZCreateWebhookEndpoint.safeParse({ url: `https://crm.example/${"a".repeat(5000)}`, events: ["lead.created"] });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["url", "The address is too long: at most 2,000 characters (5,020 given)"]]);
  });

  it("says a webhook's address takes no credentials, and why (no fields for them: deliveries are signed)", () => {
    const result = ZCreateWebhookEndpoint.safeParse({ url: "https://user:pass@x.example/hook", events: ["lead.created"] });
    expect(result.error?.issues[0]?.message).toBe(WEBHOOK_URL_CREDENTIALS_MESSAGE);
    expect(result.error?.issues[0]?.message).not.toMatch(/own fields/);
  });

  // zod's own wording ("Invalid input: expected array, received string", "Invalid option: expected one of …") told an integrator nothing to act on.
  const EVENT_NAMES = "lead.created, lead.routed, lead.reassigned, lead.unassigned, lead.accepted, lead.outcome, booking.created, booking.rescheduled, booking.cancelled, nurture.graduated";
  it.each<[string, unknown, [string, string][]]>([
    ["events as one string", { url: "https://x.example", events: "lead.routed" }, [["events", 'Give the events as a list, e.g. ["lead.routed"]']]],
    ["events as another string", { url: "https://x.example", events: "all" }, [["events", 'Give the events as a list, e.g. ["lead.routed"]']]],
    ["an unknown event", { url: "https://x.example", events: ["lead.created", "x"] }, [["events.1", `Unknown event "x": use one of ${EVENT_NAMES}`]]],
    ["an event that is not text", { url: "https://x.example", events: [5] }, [["events.0", `Unknown event 5: use one of ${EVENT_NAMES}`]]],
    ["a long unknown event is cut", { url: "https://x.example", events: ["e".repeat(100)] }, [["events.0", `Unknown event "${"e".repeat(58)}…: use one of ${EVENT_NAMES}`]]],
    ["no events", { url: "https://x.example" }, [["events", 'Give the events to send (events) as a list, e.g. ["lead.routed"]']]],
    ["an empty list", { url: "https://x.example", events: [] }, [["events", 'Choose at least one event, e.g. ["lead.routed"]']]],
    ["no url", { events: ["lead.created"] }, [["url", 'Give the address to send events to (url), e.g. "https://crm.example/hooks"']]],
    ["a url that is not text", { url: 5, events: ["lead.created"] }, [["url", 'Give the address as text, e.g. "https://crm.example/hooks"']]],
    ["a description that is not text", { url: "https://x.example", events: ["lead.created"], description: 5 }, [["description", "Give the description as text (at most 200 characters), or leave it out"]]],
    ["a description too long", { url: "https://x.example", events: ["lead.created"], description: "d".repeat(250) }, [["description", "The description is too long: at most 200 characters (250 given)"]]],
    ["not an object", ["https://x.example"], [["", 'Send the endpoint as a JSON object, e.g. { "url": "https://crm.example/hooks", "events": ["lead.routed"] }']]],
  ])("%s: a plain message naming what is expected, at its path", (_name, input, expected) => {
    const result = ZCreateWebhookEndpoint.safeParse(input);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(expected);
  });

  it("a description given as null is not given", () => {
    expect(ZCreateWebhookEndpoint.parse({ url: "https://x.example", events: ["lead.created"], description: null })).toMatchObject({ description: "" });
  });
});
