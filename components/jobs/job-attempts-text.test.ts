import { describe, expect, it } from "vitest";
import { jobAttemptsText, type TJobAttempts } from "./job-attempts-text";

// pg-boss's own fields, as the worker leaves them (server/jobs/jobs.int.test.ts watches it do so):
// retry_count is 0 on the first claim and grows by one on each later claim; a failed attempt keeps
// it; retry_limit is the retries after the first try (so retryLimit 5 is up to 6 tries), raised by
// one when an admin retries a failed job; started_on is null until the first claim.
const NOW = new Date("2026-12-07T13:00:00Z");
const at = (iso: string) => new Date(iso);
const job = (over: Partial<TJobAttempts>): TJobAttempts => ({ state: "created", retryCount: 0, retryLimit: 5, startAfter: NOW, startedOn: null, ...over });
const STARTED = at("2026-12-07T12:50:00Z");

describe("jobAttemptsText: the Jobs page's tries column in words", () => {
  it.each([
    ["created, due now", job({}), "UTC", "Not tried yet · up to 6 tries", undefined],
    ["created, one try only", job({ retryLimit: 0 }), "UTC", "Not tried yet · 1 try only", undefined],
    ["created, scheduled later today (an SLA timer)", job({ startAfter: at("2026-12-07T14:05:00Z") }), "UTC", "Not tried yet · first try 14:05 · up to 6 tries", "First try at 2026-12-07 14:05:00 UTC"],
    ["created, scheduled another day, in the viewer's zone", job({ startAfter: at("2026-12-08T16:30:00Z") }), "Asia/Tokyo", "Not tried yet · first try Dec 9, 2026, 01:30 · up to 6 tries", "First try at 2026-12-08 16:30:00 UTC"],
    ["running its first try", job({ state: "active", startedOn: STARTED }), "UTC", "Running try 1 of 6", undefined],
    ["running its third try", job({ state: "active", retryCount: 2, startedOn: STARTED }), "UTC", "Running try 3 of 6", undefined],
    ["waiting to retry after one failed try", job({ state: "retry", retryCount: 0, startedOn: STARTED, startAfter: at("2026-12-07T13:00:07Z") }), "UTC", "Tried 1 of 6 · next try 13:00", "Next try at 2026-12-07 13:00:07 UTC"],
    ["waiting to retry after two failed tries, Berlin", job({ state: "retry", retryCount: 1, startedOn: STARTED, startAfter: at("2026-12-07T13:05:00Z") }), "Europe/Berlin", "Tried 2 of 6 · next try 14:05", "Next try at 2026-12-07 13:05:00 UTC"],
    ["a retry whose time has come", job({ state: "retry", retryCount: 1, startedOn: STARTED, startAfter: at("2026-12-07T12:59:00Z") }), "UTC", "Tried 2 of 6 · next try due now", undefined],
    ["no zone yet: UTC, named", job({ state: "retry", retryCount: 1, startedOn: STARTED, startAfter: at("2026-12-07T13:05:00Z") }), null, "Tried 2 of 6 · next try 13:05 UTC", "Next try at 2026-12-07 13:05:00 UTC"],
    ["done on the first try", job({ state: "completed", startedOn: STARTED }), "UTC", "Done on try 1", undefined],
    ["done on the third try", job({ state: "completed", retryCount: 2, startedOn: STARTED }), "UTC", "Done on try 3", undefined],
    ["failed after every try", job({ state: "failed", retryCount: 5, startedOn: STARTED }), "UTC", "Gave up after 6 tries", undefined],
    ["failed, one try allowed", job({ state: "failed", retryCount: 0, retryLimit: 0, startedOn: STARTED }), "UTC", "Gave up after 1 try", undefined],
    ["retried by an admin, running again", job({ state: "active", retryCount: 1, retryLimit: 1, startedOn: STARTED }), "UTC", "Running try 2 of 2", undefined],
    ["retried by an admin, failed again", job({ state: "failed", retryCount: 1, retryLimit: 1, startedOn: STARTED }), "UTC", "Gave up after 2 tries", undefined],
    ["retried by an admin, waiting", job({ state: "retry", retryCount: 0, retryLimit: 1, startedOn: STARTED }), "UTC", "Tried 1 of 2 · next try due now", undefined],
    ["cancelled before a try", job({ state: "cancelled" }), "UTC", "Cancelled before any try", undefined],
    ["cancelled after two tries", job({ state: "cancelled", retryCount: 1, startedOn: STARTED }), "UTC", "Cancelled after 2 tries", undefined],
  ] as const)("%s → %j", (_name, input, zone, text, title) => {
    expect(jobAttemptsText(input, NOW, zone)).toEqual({ text, title });
  });
});
