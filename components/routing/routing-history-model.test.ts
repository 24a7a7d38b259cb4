import { describe, expect, it } from "vitest";
import { defaultCompare, noticeProps } from "./routing-history-model";

const v = (version: number, isCurrent = false) => ({ version, isCurrent });

describe("defaultCompare: what Compare shows before the manager picks", () => {
  it.each([
    { name: "nothing published", list: [], draftDiffers: false, want: null },
    { name: "nothing published, a draft", list: [], draftDiffers: true, want: null },
    { name: "one version and a saved draft that differs → version 1 → draft", list: [v(1, true)], draftDiffers: true, want: { from: 1, to: "draft" } },
    { name: "one version, draft equal to it → version 1 → version 1", list: [v(1, true)], draftDiffers: false, want: { from: 1, to: 1 } },
    { name: "three versions, a differing draft → the published version → draft", list: [v(3, true), v(2), v(1)], draftDiffers: true, want: { from: 3, to: "draft" } },
    { name: "three versions, no draft change → latest vs the one before", list: [v(3, true), v(2), v(1)], draftDiffers: false, want: { from: 2, to: 3 } },
    { name: "the live version is not the newest → the draft compares with the live one", list: [v(3), v(2, true), v(1)], draftDiffers: true, want: { from: 2, to: "draft" } },
  ])("$name", ({ list, draftDiffers, want }) => {
    expect(defaultCompare(list, draftDiffers)).toEqual(want);
  });
});

describe("noticeProps: an error looks and announces as an error", () => {
  it("an error is an alert in red, never the green success box", () => {
    const p = noticeProps("error");
    expect(p.role).toBe("alert");
    expect(p.className).toContain("bg-red-50");
    expect(p.className).not.toContain("emerald");
  });
  it("a success is a status in green", () => {
    const p = noticeProps("ok");
    expect(p.role).toBe("status");
    expect(p.className).toContain("bg-emerald-50");
  });
});
