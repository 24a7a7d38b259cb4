import { describe, expect, it } from "vitest";
import type { TRole } from "../auth/roles";
import { memberRoutingPlaces, type TRoutingSources } from "./member-in-routing";
import { describeRoleInRouting, placesRoleCannotHold } from "./member-role-in-routing";
import { ZRoutingConfigDraft } from "./routing-config";

const config = (patch: object = {}) =>
  ZRoutingConfigDraft.parse({
    paths: [{ id: "vip", name: "VIP", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "rep", repId: "rep-sarah" } }],
    fallback: { ownerUserId: "u-morgan", ownerRepId: "rep-morgan", queueName: "Backup" },
    policies: { review: { minValue: 50_000, windowMinutes: 30, reviewerUserId: "u-alex" } },
    ...patch,
  });
const sources: TRoutingSources = {
  published: config(),
  draft: config({ policies: { review: { minValue: 50_000, windowMinutes: 30, reviewerUserId: "u-tom" } } }),
  teams: [{ id: "t-in", name: "Inside Sales", repIds: ["rep-tom"] }],
};
const placesOf = (userId: string, repId: string | null) => memberRoutingPlaces({ userId, repId }, sources);

describe("placesRoleCannotHold", () => {
  it.each<[string, string, string | null, TRole, boolean, string[]]>([
    // The fallback owner (and its rep): a manager role for the queue, a lead-working role for the rep.
    ["fallback owner → Owner", "u-morgan", "rep-morgan", "OWNER", true, []],
    ["fallback owner → Admin", "u-morgan", "rep-morgan", "ADMIN", true, []],
    ["fallback owner → Sales manager", "u-morgan", "rep-morgan", "MANAGER", true, []],
    ["fallback owner → Sales rep: cannot own the queue, can be its rep", "u-morgan", "rep-morgan", "REP", true, ["published.fallback.ownerUserId"]],
    ["fallback owner → Marketer: neither", "u-morgan", "rep-morgan", "MARKETER", true, ["published.fallback.ownerUserId", "published.fallback.ownerRepId"]],
    ["fallback owner → Marketer, rep profile inactive: the owner place still counts", "u-morgan", "rep-morgan", "MARKETER", false, ["published.fallback.ownerUserId"]],
    // The reviewer, without a rep profile.
    ["reviewer → Sales manager", "u-alex", null, "MANAGER", false, []],
    ["reviewer → Sales rep", "u-alex", null, "REP", false, ["published.policies.review.reviewerUserId"]],
    ["reviewer → Marketer", "u-alex", null, "MARKETER", false, ["published.policies.review.reviewerUserId"]],
    // A rep named by a path: any role that works leads, while the profile is active.
    ["a path's rep → Sales manager", "u-sarah", "rep-sarah", "MANAGER", true, []],
    ["a path's rep → Admin", "u-sarah", "rep-sarah", "ADMIN", true, []],
    ["a path's rep → Marketer", "u-sarah", "rep-sarah", "MARKETER", true, ["published.paths.0.destination.repId"]],
    ["a path's rep → Marketer, rep profile inactive", "u-sarah", "rep-sarah", "MARKETER", false, []],
    // A rep in a team who is the draft's reviewer.
    ["team member and draft reviewer → Sales rep", "u-tom", "rep-tom", "REP", true, ["draft.policies.review.reviewerUserId"]],
    ["team member and draft reviewer → Marketer", "u-tom", "rep-tom", "MARKETER", true, ["draft.policies.review.reviewerUserId", "teams.t-in"]],
    ["team member and draft reviewer → Marketer, inactive", "u-tom", "rep-tom", "MARKETER", false, ["draft.policies.review.reviewerUserId"]],
    // Not in routing: anything goes.
    ["nowhere → Marketer", "u-maya", "rep-maya", "MARKETER", true, []],
  ])("%s", (_name, userId, repId, role, isRepActive, paths) => {
    expect(placesRoleCannotHold(placesOf(userId, repId), { role, isRepActive }).map((p) => p.path)).toEqual(paths);
  });
});

describe("describeRoleInRouting", () => {
  it.each<[string, string, string | null, TRole, string]>([
    [
      "the fallback owner made a rep",
      "u-morgan",
      "rep-morgan",
      "REP",
      "Morgan Manager is still part of routing: owner of the fallback queue “Backup” (published routing). A Sales rep cannot own the fallback queue or review high-value leads: choose someone else there (Routing, Teams) before making them a Sales rep.",
    ],
    [
      "a rep made a marketer",
      "u-sarah",
      "rep-sarah",
      "MARKETER",
      "Sarah Chen is still part of routing: path “VIP” sends leads to them (published routing). A Marketer cannot work leads: choose someone else there (Routing, Teams) or deactivate their rep profile (Reps) before making them a Marketer.",
    ],
    [
      "both kinds of place",
      "u-tom",
      "rep-tom",
      "MARKETER",
      "Tom Becker is still part of routing: reviewer of high-value leads (routing draft); member of the team “Inside Sales”. A Marketer cannot own the fallback queue or review high-value leads or work leads: choose someone else there (Routing, Teams) or deactivate their rep profile (Reps) before making them a Marketer.",
    ],
  ])("%s", (_name, userId, repId, role, message) => {
    const name = { "u-morgan": "Morgan Manager", "u-sarah": "Sarah Chen", "u-tom": "Tom Becker" }[userId]!;
    expect(describeRoleInRouting(name, role, placesRoleCannotHold(placesOf(userId, repId), { role, isRepActive: true }))).toBe(message);
  });
});
