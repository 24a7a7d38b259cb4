import { describe, expect, it } from "vitest";
import { checkMeetingTypeScopes } from "./meeting-type-scope";

const ctx = { teamIds: ["t1", "t2"], pathIds: ["enterprise", "inbound"], storedIds: ["m1"] };
const e = (teamId: string | null, pathId: string | null, id?: string) => ({ teamId, pathId, id });

describe("checkMeetingTypeScopes", () => {
  it.each([
    ["one per scope is fine", [e(null, null), e("t1", null), e(null, "enterprise", "m1")], []],
    ["an unknown team", [e("t9", null)], ["meetingTypes.0.teamId"]],
    ["an unknown path", [e(null, null), e(null, "apac")], ["meetingTypes.1.pathId"]],
    ["team and path", [e("t1", "enterprise")], ["meetingTypes.0.pathId"]],
    ["two defaults", [e(null, null), e(null, null)], ["meetingTypes.1.teamId"]],
    ["two for one path", [e(null, "inbound"), e(null, "inbound")], ["meetingTypes.1.pathId"]],
    ["an id not stored", [e(null, null, "m2")], ["meetingTypes.0.id"]],
    ["one id twice", [e("t1", null, "m1"), e("t2", null, "m1")], ["meetingTypes.1.id"]],
  ] as const)("%s", (_name, entries, paths) => {
    expect(checkMeetingTypeScopes(entries, ctx, { prefix: "meetingTypes." }).map((x) => x.path)).toEqual(paths);
  });

  it("with `only`, reports that entry's problems with bare paths", () => {
    expect(checkMeetingTypeScopes([e(null, "apac"), e(null, null), e(null, null)], ctx, { only: 2 })).toEqual([{ path: "teamId", message: "The workspace default already has a meeting type" }]);
    expect(checkMeetingTypeScopes([e(null, "apac"), e(null, null)], ctx, { only: 1 })).toEqual([]);
  });
});
