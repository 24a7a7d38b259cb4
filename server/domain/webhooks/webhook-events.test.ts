// The catalogue's summaries are read on Settings → Webhooks: plain words, none of our internals
// (reason codes such as NURTURE_GRADUATED, statuses such as "(status NEW)", transactions, commits).
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT } from "./webhook-events";

const summaries: [string, string][] = [...WEBHOOK_EVENT_TYPES.map((type): [string, string] => [type, WEBHOOK_EVENTS[type].summary]), [WEBHOOK_TEST_EVENT.type, WEBHOOK_TEST_EVENT.summary]];

describe("webhook event summaries", () => {
  it.each(summaries)("%s reads without internals", (_type, summary) => {
    expect(summary).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/); // a reason code
    expect(summary).not.toMatch(/\(status [A-Z]+\)/);
    expect(summary).not.toMatch(/\btransaction\b|\bcommit\b/i);
    expect(summary.trim()).not.toBe("");
  });
});
