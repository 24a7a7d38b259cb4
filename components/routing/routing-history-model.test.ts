import { describe, expect, it } from "vitest";
import { defaultCompare, noticeProps, rollbackRefusal } from "./routing-history-model";

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

describe("rollbackRefusal: what a refused rollback says (the server's problems, each once, in words)", () => {
  const probe = "Path “Probe”: \"rollback_probe_1\" is not a question on any form of this workspace (archived forms do not count)";
  it.each([
    {
      name: "no details (e.g. a version not found): the server's message alone",
      message: "Routing version 9 not found.", details: [],
      want: { tone: "error", text: "Could not roll back to version 3: Routing version 9 not found.", details: [] },
    },
    {
      name: "the analysis' problems: its messages already name the path, the dotted path is dropped",
      message: "The routing config has problems",
      details: [{ path: "paths.3.when.ref", message: probe }, { path: "paths.1.destination.teamId", message: "Path “EMEA”: sends leads to a team that does not exist (t_9)" }],
      want: { tone: "error", text: "Could not roll back to version 3: The routing config has problems.", details: [probe, "Path “EMEA”: sends leads to a team that does not exist (t_9)"] },
    },
    {
      name: "the same problem at two places (a question read by two rules) is said once",
      message: "The routing config has problems",
      details: [{ path: "paths.3.when.conditions.0.ref", message: probe }, { path: "paths.3.when.conditions.1.ref", message: probe }],
      want: { tone: "error", text: "Could not roll back to version 3: The routing config has problems.", details: [probe] },
    },
    {
      name: "a message that does not name its path gets the path's number (as the editor counts: from 1)",
      message: "The routing config is not valid",
      details: [{ path: "paths.0.destination.teamId", message: "Invalid input: expected string, received undefined" }],
      want: { tone: "error", text: "Could not roll back to version 3: The routing config is not valid.", details: ["Path 1: Invalid input: expected string, received undefined"] },
    },
    {
      name: "problems outside the paths (fallback, review) name their subject already",
      message: "The routing config has problems",
      details: [{ path: "fallback.ownerRepId", message: "The fallback queue's rep is no longer a member of this workspace" }],
      want: { tone: "error", text: "Could not roll back to version 3: The routing config has problems.", details: ["The fallback queue's rep is no longer a member of this workspace"] },
    },
    {
      name: "markup in a message stays text (React renders it as text)",
      message: "The routing config has problems",
      details: [{ path: "paths.0.when.ref", message: "Path “<b>x</b>”: \"q\" is not a question on any form of this workspace (archived forms do not count)" }],
      want: { tone: "error", text: "Could not roll back to version 3: The routing config has problems.", details: ["Path “<b>x</b>”: \"q\" is not a question on any form of this workspace (archived forms do not count)"] },
    },
  ])("$name", ({ message, details, want }) => {
    expect(rollbackRefusal(3, { message, details })).toEqual(want);
  });
});
