import { describe, expect, it } from "vitest";
import { parseRoutingDocument, unknownProperties } from "./parse-routing-document";

const path = {
  id: "p1",
  name: "Everyone",
  when: { kind: "group", op: "and", conditions: [] },
  destination: { type: "team", teamId: "ent", strategy: { chooser: { type: "least_loaded" } } },
};
const config = (patch: Record<string, unknown> = {}) => ({ paths: [path], fallback: { ownerUserId: "manager", queueName: "Backup" }, ...patch });
const errorPaths = (body: unknown) => {
  const parsed = parseRoutingDocument(body);
  return parsed.ok ? [] : parsed.errors.map((e) => e.path);
};

describe("parseRoutingDocument", () => {
  it.each<[string, unknown, string[]]>([
    ["a valid document", { config: config() }, []],
    ["read-only fields as GET returns them", { version: 3, reps: [{ id: "r1", email: "a@b.co", name: null }], config: config() }, []],
    ["unknown top-level property", { config: config(), owners: [] }, ["owners"]],
    ["unknown property of the config", { config: config({ colour: "red" }) }, ["config.colour"]],
    ["unknown property of a path's destination", { config: config({ paths: [{ ...path, destination: { ...path.destination, priority: 1 } }] }) }, ["config.paths.0.destination.priority"]],
    ["unknown property deep in a condition", { config: config({ paths: [{ ...path, when: { kind: "group", op: "and", conditions: [{ kind: "rule", ref: "tier", operator: "equals", value: "hot", weight: 2 }] } }] }) }, ["config.paths.0.when.conditions.0.weight"]],
    ["unknown property of the fallback", { config: config({ fallback: { ownerUserId: "m", queueName: "B", email: "x@y.z" } }) }, ["config.fallback.email"]],
    ["unknown property of a rep entry (strict)", { reps: [{ id: "r1", golf: 1 }], config: config() }, ["reps.0.golf"]],
    ["not an object", "routing", ["body"]],
    ["a rep's unknown property and the config's, at once", { reps: [{ id: "r1", colour: "red" }], config: config({ paths: [{ ...path, bogus: 1 }] }) }, ["reps.0.colour", "config.paths.0.bogus"]],
    ["a path's bad operator and another path's unknown property, at once", { config: config({ paths: [{ ...path, when: { kind: "rule", ref: "tier", operator: "resembles", value: "hot" } }, { ...path, id: "p2", destination: { ...path.destination, priority: 1 } }] }) }, ["config.paths.0.when.operator", "config.paths.1.destination.priority"]],
    ["an unknown property beside a bad value in the same path", { config: config({ paths: [{ ...path, name: "", colour: "red", destination: { ...path.destination, strategy: { chooser: { type: "least_loaded" }, extra: 1 } } }] }) }, ["config.paths.0.name", "config.paths.0.destination.strategy.extra", "config.paths.0.colour"]],
    // A repeat was named only once the parse error was fixed (checkRoutingDocument): now at once.
    ["a rep listed twice in a team beside a rep's bad time zone, at once", { teams: [{ id: "ent", name: "Ent", members: ["r1", "r2", " r1"] }], reps: [{ id: "r1", timeZone: "Mars/Olympus" }], config: config() }, ["reps.0.timeZone", "teams.0.members.2"]],
    ["a repeat already refused by the schema is named once", { teams: [{ id: "ent", name: "Ent", members: ["", ""] }], reps: [{ id: "r1", timeZone: "Mars/Olympus" }], config: config() }, ["teams.0.members.0", "teams.0.members.1", "reps.0.timeZone"]],
  ])("%s", (_name, body, paths) => {
    expect(errorPaths(body)).toEqual(paths);
  });
});

// A path whose team or rep is an empty string, or a review without a reviewer: "not chosen" at the
// field's path. Was zod's "Too small: expected string to have >=1 characters".
describe("parseRoutingDocument: an id not chosen", () => {
  it.each<[string, unknown, { path: string; message: string }]>([
    ["a team id \"\"", { config: config({ paths: [{ ...path, destination: { ...path.destination, teamId: "" } }] }) }, { path: "config.paths.0.destination.teamId", message: "No team chosen: give the id of the team this path sends leads to" }],
    ["a blank team id", { config: config({ paths: [path, { ...path, id: "p2", destination: { ...path.destination, teamId: "  " } }] }) }, { path: "config.paths.1.destination.teamId", message: "No team chosen: give the id of the team this path sends leads to" }],
    ["a rep id \"\"", { config: config({ paths: [{ ...path, destination: { type: "rep", repId: "" } }] }) }, { path: "config.paths.0.destination.repId", message: "No rep chosen: give the id of the rep this path assigns leads to" }],
    ["a reviewer \"\"", { config: config({ policies: { review: { minValue: 1000, windowMinutes: 30, reviewerUserId: "" } } }) }, { path: "config.policies.review.reviewerUserId", message: "No reviewer chosen: give the user id of the manager who reviews high-value leads" }],
  ])("%s", (_name, body, error) => {
    expect(parseRoutingDocument(body)).toEqual({ ok: false, errors: [error] });
  });
});

describe("unknownProperties", () => {
  it.each<[string, unknown, unknown, string[]]>([
    ["same shape", { a: 1, b: [{ c: 2 }] }, { a: 1, b: [{ c: 2 }] }, []],
    ["defaults added by the schema are fine", { a: 1 }, { a: 1, b: 2 }, []],
    ["a stripped key", { a: 1, x: 2 }, { a: 1 }, ["x"]],
    ["inside arrays", { list: [{ a: 1 }, { a: 1, y: 0 }] }, { list: [{ a: 1 }, { a: 1 }] }, ["list.1.y"]],
    ["a transformed value ends the walk", { when: "2026-12-24T00:00:00Z" }, { when: new Date("2026-12-24T00:00:00Z") }, []],
    ["a string list made from a comma string", { tags: "a, b" }, { tags: ["a", "b"] }, []],
  ])("%s", (_name, sent, kept, paths) => {
    expect(unknownProperties(sent, kept)).toEqual(paths);
  });
});

describe("parseRoutingDocument: a rep's working hours", () => {
  const errorsOf = (workingHours: unknown) => {
    const parsed = parseRoutingDocument({ reps: [{ id: "r0" }, { id: "r1" }, { id: "r2", workingHours }], config: config() });
    return parsed.ok ? [] : parsed.errors;
  };
  it.each<[string, unknown, { path: string; message: RegExp }[]]>([
    ["a day name instead of its number", [{ day: "mon", start: "09:00", end: "17:00" }], [{ path: "reps.2.workingHours.0.day", message: /^day must be one of 0 \(Sunday\), 1 \(Monday\), .*6 \(Saturday\), not "mon"$/ }]],
    ["25:00: one message", [{ day: 1, start: "09:00", end: "12:00" }, { day: 1, start: "13:00", end: "25:00" }], [{ path: "reps.2.workingHours.1.end", message: /^end must be a time "HH:MM" from "00:00" to "24:00", e\.g\. "09:00", not "25:00"$/ }]],
    ["an overlap names the other interval", [{ day: 2, start: "09:00", end: "13:00" }, { day: 2, start: "12:00", end: "17:00" }], [{ path: "reps.2.workingHours.1.start", message: /^This interval overlaps workingHours\.0 \(Tuesday 09:00–13:00\)/ }]],
    ["an unknown property of an interval", [{ day: 1, start: "09:00", end: "17:00", timeZone: "UTC" }], [{ path: "reps.2.workingHours.0.timeZone", message: /^Unknown property$/ }]],
  ])("%s", (_name, workingHours, expected) => {
    const errors = errorsOf(workingHours);
    expect(errors.map((e) => e.path)).toEqual(expected.map((e) => e.path));
    errors.forEach((error, i) => expect(error.message).toMatch(expected[i]!.message));
  });
});
