import { describe, expect, it } from "vitest";
import { NOT_ROUTED_MESSAGE, notRoutedWarnings } from "./not-routed-warning";

describe("notRoutedWarnings", () => {
  it.each<[string, boolean, boolean, { path: string; message: string }[]]>([
    ["a routable lead, no routing published: the warning at routing", true, false, [{ path: "routing", message: NOT_ROUTED_MESSAGE }]],
    ["a routable lead, routing published: none", true, true, []],
    ["spam or history (not routed anyway), no routing published: none", false, false, []],
    ["spam or history, routing published: none", false, true, []],
  ])("%s", (_name, isRoutable, hasPublishedRouting, expected) => {
    expect(notRoutedWarnings({ isRoutable }, hasPublishedRouting)).toEqual(expected);
  });
});
