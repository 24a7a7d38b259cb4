import { describe, expect, it } from "vitest";
import { describeMemberInRouting, memberRoutingPlaces, type TRoutingSources } from "./member-in-routing";
import { ZRoutingConfigDraft } from "./routing-config";

const config = (patch: object = {}) =>
  ZRoutingConfigDraft.parse({
    paths: [
      { id: "vip", name: "VIP", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "rep", repId: "rep-sarah" } },
      { id: "rest", name: "Rest", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "nurture" } },
    ],
    fallback: { ownerUserId: "u-morgan", ownerRepId: "rep-morgan", queueName: "Backup" },
    policies: { review: { minValue: 50_000, windowMinutes: 30, reviewerUserId: "u-alex" } },
    ...patch,
  });
const teams = [
  { id: "t-ent", name: "Enterprise", repIds: ["rep-sarah", "rep-kenji"] },
  { id: "t-in", name: "Inside Sales", repIds: ["rep-tom"] },
];
const sources = (patch: Partial<TRoutingSources> = {}): TRoutingSources => ({ published: config(), draft: config(), teams, ...patch });

describe("memberRoutingPlaces", () => {
  it.each<[string, { userId: string; repId: string | null }, TRoutingSources, string[]]>([
    ["the fallback owner and its rep", { userId: "u-morgan", repId: "rep-morgan" }, sources(), ["published.fallback.ownerUserId", "published.fallback.ownerRepId"]],
    ["the reviewer", { userId: "u-alex", repId: null }, sources(), ["published.policies.review.reviewerUserId"]],
    ["a path's rep and a team", { userId: "u-sarah", repId: "rep-sarah" }, sources(), ["published.paths.0.destination.repId", "teams.t-ent"]],
    ["only a team", { userId: "u-tom", repId: "rep-tom" }, sources(), ["teams.t-in"]],
    ["nowhere", { userId: "u-maya", repId: "rep-maya" }, sources(), []],
    ["only in the draft", { userId: "u-maya", repId: null }, sources({ draft: config({ fallback: { ownerUserId: "u-maya", queueName: "Maya's" } }) }), ["draft.fallback.ownerUserId"]],
    ["nothing published yet", { userId: "u-morgan", repId: null }, sources({ published: null }), ["draft.fallback.ownerUserId"]],
  ])("%s", (_name, member, given, paths) => {
    expect(memberRoutingPlaces(member, given).map((p) => p.path)).toEqual(paths);
  });

  it("names the places in words", () => {
    const places = memberRoutingPlaces({ userId: "u-sarah", repId: "rep-sarah" }, sources());
    expect(describeMemberInRouting("Sarah Chen", places)).toBe(
      "Sarah Chen is still part of routing: path “VIP” sends leads to them (published routing); member of the team “Enterprise”. Choose someone else there (Routing, Teams) before removing them.",
    );
  });
});
