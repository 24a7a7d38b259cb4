// Which waiting leads may share one batch (takeBatch): the follow-up deps are compared by what
// they hold, since the app's route handlers build a fresh deps object for every request.
import { describe, expect, it } from "vitest";
import type { TFollowUpDeps, TFollowUpQueue } from "../routing/follow-up-jobs";
import { MAX_BATCH, sameFollowUpDeps, takeBatch } from "./intake-batch";

// Only compared by identity here: takeBatch never calls the queue.
const queueA = {} as TFollowUpQueue;
const queueB = {} as TFollowUpQueue;
const depsOf = (over: Partial<TFollowUpDeps> = {}): TFollowUpDeps => ({ queue: queueA, appUrl: "https://app.example.com", authSecret: "s".repeat(40), ...over });
const DB = {};
const NOW = new Date("2026-12-02T10:01:00Z");

interface TItem {
  name: string;
  db: unknown;
  input: { now: Date; person: { email: string } | null; routing: TFollowUpDeps | undefined };
}
const item = (name: string, over: Partial<TItem["input"]> & { db?: unknown } = {}): TItem => ({
  name,
  db: over.db ?? DB,
  input: { now: over.now ?? NOW, person: over.person === undefined ? { email: `${name}@example.com` } : over.person, routing: "routing" in over ? over.routing : depsOf() },
});

describe("sameFollowUpDeps", () => {
  const deps = depsOf();
  it.each([
    ["the same object", deps, deps, true],
    ["a fresh object with the same queue, URL and secret (a request each)", depsOf(), depsOf(), true],
    ["both absent", undefined, undefined, true],
    ["another queue", depsOf(), depsOf({ queue: queueB }), false],
    ["another public URL", depsOf(), depsOf({ appUrl: "https://other.example.com" }), false],
    ["another signing secret", depsOf(), depsOf({ authSecret: "t".repeat(40) }), false],
    ["another mail config", depsOf({ mail: { from: "a@example.com" } as TFollowUpDeps["mail"] }), depsOf({ mail: { from: "a@example.com" } as TFollowUpDeps["mail"] }), false],
    ["one absent", depsOf(), undefined, false],
    ["no mail config on one side, an undefined one on the other", depsOf(), depsOf({ mail: undefined }), true],
    ["a field added to the deps later differs", depsOf(), { ...depsOf(), addedLater: 1 } as TFollowUpDeps, false],
  ])("%s → %s", (_label, a, b, expected) => {
    expect(sameFollowUpDeps(a, b)).toBe(expected);
    expect(sameFollowUpDeps(b, a)).toBe(expected);
  });
});

describe("takeBatch", () => {
  it.each<[string, TItem[], string[], string[]]>([
    ["leads of separate requests (a fresh deps object each) share a batch", [item("a"), item("b"), item("c")], ["a", "b", "c"], []],
    ["a lead with another queue waits for the next batch", [item("a"), item("b", { routing: depsOf({ queue: queueB }) }), item("c")], ["a", "c"], ["b"]],
    ["a lead on another database waits", [item("a"), item("b", { db: {} })], ["a"], ["b"]],
    ["a second lead of one email waits", [item("a", { person: { email: "Same@example.com" } }), item("b", { person: { email: "same@example.com" } }), item("c")], ["a", "c"], ["b"]],
    ["leads without a person never clash", [item("a", { person: null }), item("b", { person: null })], ["a", "b"], []],
    ["a lead of another 15-minute span waits", [item("a"), item("b", { now: new Date("2026-12-02T10:15:00Z") })], ["a"], ["b"]],
  ])("%s", (_label, queue, taken, left) => {
    expect(takeBatch(queue).map((i) => i.name)).toEqual(taken);
    expect(queue.map((i) => i.name)).toEqual(left);
  });

  it(`takes at most ${MAX_BATCH} leads, in arrival order; the rest keep their places`, () => {
    const queue = Array.from({ length: MAX_BATCH + 3 }, (_, n) => item(`lead${n}`));
    expect(takeBatch(queue).map((i) => i.name)).toEqual(Array.from({ length: MAX_BATCH }, (_, n) => `lead${n}`));
    expect(queue.map((i) => i.name)).toEqual(["lead32", "lead33", "lead34"]);
  });
});
