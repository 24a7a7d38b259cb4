import { describe, expect, it } from "vitest";
import { acceptsMessage, parseFrameMessage } from "./protocol";

describe("parseFrameMessage", () => {
  const accepted: [string, unknown][] = [
    ["ready", { sb: 1, type: "ready", height: 640, title: "Demo request" }],
    ["resize", { sb: 1, type: "resize", height: 812.5 }],
    ["resize to nothing", { sb: 1, type: "resize", height: 0 }],
    ["step", { sb: 1, type: "step", index: 2 }],
    ["submitted", { sb: 1, type: "submitted", leadId: "cmabc123-x_y", outcome: "booking" }],
    ["booked", { sb: 1, type: "booked", leadId: "cmabc123-x_y", outcome: "booking" }],
    ["close", { sb: 1, type: "close" }],
    ["focus", { sb: 1, type: "focus" }],
  ];
  it.each(accepted)("accepts %s", (_name, data) => {
    expect(parseFrameMessage(data)).toEqual(data);
  });

  const refused: [string, unknown][] = [
    ["null", null],
    ["a string", "ready"],
    ["a number", 1],
    ["an array", [1, "ready"]],
    ["no version", { type: "close" }],
    ["another version", { sb: 2, type: "close" }],
    ["the version as a string", { sb: "1", type: "close" }],
    ["an unknown type", { sb: 1, type: "score", score: 87 }],
    ["focus in another version", { sb: 2, type: "focus" }],
    ["a prototype key as type", { sb: 1, type: "constructor" }],
    ["ready without a title", { sb: 1, type: "ready", height: 10 }],
    ["a negative height", { sb: 1, type: "resize", height: -1 }],
    ["a runaway height", { sb: 1, type: "resize", height: 1e9 }],
    ["a height as text", { sb: 1, type: "resize", height: "100" }],
    ["a NaN height", { sb: 1, type: "resize", height: Number.NaN }],
    ["a step far away", { sb: 1, type: "step", index: 5000 }],
    ["a lead id with markup", { sb: 1, type: "submitted", leadId: "<img src=x>", outcome: "message" }],
    ["a lead id as an array", { sb: 1, type: "submitted", leadId: ["abc"], outcome: "message" }],
    ["booked without a lead id", { sb: 1, type: "booked" }],
    ["booked with markup", { sb: 1, type: "booked", leadId: "<b>", outcome: "booking" }],
    ["an unknown outcome", { sb: 1, type: "submitted", leadId: "abc", outcome: "qualified" }],
    ["an outcome as an array", { sb: 1, type: "submitted", leadId: "abc", outcome: ["message"] }],
  ];
  it.each(refused)("refuses %s", (_name, data) => {
    expect(parseFrameMessage(data)).toBeNull();
  });
});

describe("acceptsMessage", () => {
  const app = "https://app.switchboard.example";
  const ownFrame = { name: "the embed's iframe window" };
  const otherFrame = { name: "another iframe of the app" };
  const cases: [string, string, unknown, unknown, boolean][] = [
    ["the app's origin, from its own frame", app, ownFrame, ownFrame, true],
    ["another origin, from its own frame (navigated away)", "https://evil.example", ownFrame, ownFrame, false],
    ["the app's origin, from another frame", app, otherFrame, ownFrame, false],
    ["the app's origin, no source", app, null, ownFrame, false],
    ["a removed frame (no window) and no source", app, null, null, false],
    ["an origin that only starts like the app's", `${app}.evil.example`, ownFrame, ownFrame, false],
    ["the opaque origin", "null", ownFrame, ownFrame, false],
  ];
  it.each(cases)("%s", (_name, origin, source, frameWindow, expected) => {
    expect(acceptsMessage(origin, source, app, frameWindow)).toBe(expected);
  });
});
