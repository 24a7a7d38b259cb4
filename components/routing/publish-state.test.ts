import { describe, expect, it } from "vitest";
import { ZRoutingConfig } from "@/server/domain/routing/routing-config";
import { publishBlockedReason, publishedConfigOf, routingStatusText, unchangedVersion } from "./publish-state";

const path = { id: "p1", name: "Everyone", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "nurture" } };
const draft = { paths: [path], fallback: { ownerUserId: "u-mgr", queueName: "Triage" }, attributes: {}, policies: { sla: null, review: null } };
// As the server keeps it: parsed (defaults filled in).
const published = { version: 3, config: ZRoutingConfig.parse(draft) };

describe("unchangedVersion: Publish has nothing to publish exactly when the server would publish nothing", () => {
  it.each([
    { name: "the draft is the published config", draft, want: 3 },
    { name: "same config, keys in another order", draft: { policies: { review: null, sla: null }, attributes: {}, fallback: { queueName: "Triage", ownerUserId: "u-mgr" }, paths: [path] }, want: 3 },
    { name: "same config, defaults left out (the server fills them in)", draft: { paths: [path], fallback: { ownerUserId: "u-mgr", queueName: "Triage" } }, want: 3 },
    { name: "same config, an undefined property", draft: { ...draft, apiAnswerKeys: undefined }, want: 3 },
    { name: "a path renamed", draft: { ...draft, paths: [{ ...path, name: "All leads" }] }, want: null },
    { name: "a path added", draft: { ...draft, paths: [path, { ...path, id: "p2" }] }, want: null },
    { name: "another fallback queue name", draft: { ...draft, fallback: { ownerUserId: "u-mgr", queueName: "Backlog" } }, want: null },
    { name: "not a valid config (no fallback): publishing will say why", draft: { paths: [path] }, want: null },
  ])("$name → $want", ({ draft: d, want }) => {
    expect(unchangedVersion(d, published)).toBe(want);
  });

  it("nothing published yet: there is always something to publish", () => {
    expect(unchangedVersion(draft, null)).toBeNull();
  });

  it("publishedConfigOf: the config a publish stores (parsed), or null", () => {
    expect(unchangedVersion(draft, { version: 4, config: publishedConfigOf({ paths: [path], fallback: draft.fallback })! })).toBe(4);
    expect(publishedConfigOf({ paths: [] })).toBeNull();
  });
});

describe("routingStatusText", () => {
  it.each([
    { input: { publishedVersion: null, unchangedSince: null, isDirty: false, differsFromPublished: true }, want: "Not published yet" },
    { input: { publishedVersion: null, unchangedSince: null, isDirty: true, differsFromPublished: true }, want: "Not published yet · unsaved changes" },
    { input: { publishedVersion: 3, unchangedSince: 3, isDirty: false, differsFromPublished: false }, want: "Published version 3 · no changes to publish" },
    { input: { publishedVersion: 3, unchangedSince: 3, isDirty: true, differsFromPublished: false }, want: "Published version 3 · no changes to publish" },
    { input: { publishedVersion: 3, unchangedSince: null, isDirty: true, differsFromPublished: false }, want: "Published version 3 · unsaved changes" },
    { input: { publishedVersion: 3, unchangedSince: null, isDirty: false, differsFromPublished: true }, want: "Published version 3 · draft saved, not published" },
  ])("$want", ({ input, want }) => {
    expect(routingStatusText(input)).toBe(want);
  });
});

describe("publishBlockedReason", () => {
  it.each([
    { input: { errorCount: 0, unchangedSince: null }, want: null },
    { input: { errorCount: 0, unchangedSince: 3 }, want: "No changes since version 3" },
    { input: { errorCount: 1, unchangedSince: 3 }, want: "Fix the error first" },
    { input: { errorCount: 2, unchangedSince: null }, want: "Fix the 2 errors first" },
  ])("$want", ({ input, want }) => {
    expect(publishBlockedReason(input)).toBe(want);
  });
});
