import { describe, expect, it } from "vitest";
import { problemLines } from "./server-problems";

const notAQuestion = 'Path “Inbound”: "budget" is not a question on any form of this workspace (archived forms do not count); for answers sent by the API without a form, list the key in apiAnswerKeys';

describe("problemLines: the server's problems under a refused Save, Publish or rollback (each once, in its words, no dotted path)", () => {
  it.each([
    { name: "nothing named: no list", problems: [], want: [] },
    {
      name: "the editor's refused Publish: a path's question that no form has reads by the path's name, not paths.3.when.ref",
      problems: [{ path: "paths.3.when.ref", message: notAQuestion }],
      want: [notAQuestion],
    },
    {
      name: "a path's team filter: the message names path and filter",
      problems: [{ path: "paths.0.destination.strategy.filters.1.ref", message: "Path “p”, filter 2: \"sector\" is not a score dimension" }],
      want: ["Path “p”, filter 2: \"sector\" is not a score dimension"],
    },
    {
      name: "a message under a path that does not name it gets the path's number, counted from 1",
      problems: [{ path: "paths.10.destination.teamId", message: "Invalid input: expected string, received undefined" }],
      want: ["Path 11: Invalid input: expected string, received undefined"],
    },
    {
      name: "the path itself (no field under it) is numbered too",
      problems: [{ path: "paths.2", message: "Invalid input" }],
      want: ["Path 3: Invalid input"],
    },
    {
      name: "the whole list of paths is no one path: its message as it is",
      problems: [{ path: "paths", message: "Paths “A” and “B” have the same id" }],
      want: ["Paths “A” and “B” have the same id"],
    },
    {
      name: "not a path index (paths.x): no number",
      problems: [{ path: "pathsx.1", message: "Unrecognized key" }],
      want: ["Unrecognized key"],
    },
    {
      name: "the same problem at two places (a question read by two rules) is said once, in the server's order",
      problems: [
        { path: "paths.3.when.conditions.0.ref", message: notAQuestion },
        { path: "fallback.ownerRepId", message: "The fallback queue's rep is no longer a member of this workspace" },
        { path: "paths.3.when.conditions.1.ref", message: notAQuestion },
      ],
      want: [notAQuestion, "The fallback queue's rep is no longer a member of this workspace"],
    },
    {
      name: "two paths with the same unnamed problem are two lines (their numbers differ)",
      problems: [{ path: "paths.0.name", message: "Too small" }, { path: "paths.1.name", message: "Too small" }],
      want: ["Path 1: Too small", "Path 2: Too small"],
    },
    {
      name: "markup in a message stays text (React renders it as text)",
      problems: [{ path: "paths.0.when.ref", message: "Path “<b>x</b>”: \"q\" is not a score dimension" }],
      want: ["Path “<b>x</b>”: \"q\" is not a score dimension"],
    },
  ])("$name", ({ problems, want }) => {
    expect(problemLines(problems)).toEqual(want);
  });
});

describe("problemLines: a problem outside the paths whose message names no subject says its section, as the editor names it (never the dotted path)", () => {
  it.each([
    {
      name: "the editor's refused Save: the SLA the schema refuses (the field shows it too)",
      path: "policies.sla.reassignAfterMinutes",
      message: "“Reassign after” must be more minutes than “Remind after”: the reminder comes first",
      want: "Speed-to-lead SLA: “Reassign after” must be more minutes than “Remind after”: the reminder comes first",
    },
    { name: "an SLA field out of range", path: "policies.sla.remindAfterMinutes", message: "Too big: expected number to be <=1440", want: "Speed-to-lead SLA: Too big: expected number to be <=1440" },
    { name: "a high-value review field out of range", path: "policies.review.minValue", message: "Too small: expected number to be >=0", want: "High-value review: Too small: expected number to be >=0" },
    { name: "the policies as a whole", path: "policies", message: "Invalid input: expected object, received string", want: "Policies: Invalid input: expected object, received string" },
    { name: "a policy not named by the editor (an unknown part) reads as the policies", path: "policies.other", message: "Invalid input", want: "Policies: Invalid input" },
    { name: "the fallback queue's name left blank", path: "fallback.queueName", message: "Too small: expected string to have >=1 characters", want: "Fallback queue: Too small: expected string to have >=1 characters" },
    { name: "no fallback at all", path: "fallback", message: "Invalid input: expected object, received undefined", want: "Fallback queue: Invalid input: expected object, received undefined" },
    { name: "an attribute of the mapping, named by the attribute", path: "attributes.segment.field", message: "Too small: expected string to have >=1 characters", want: "Lead attribute mapping (segment): Too small: expected string to have >=1 characters" },
    { name: "the attribute mapping as a whole", path: "attributes", message: "Invalid input: expected object, received array", want: "Lead attribute mapping: Invalid input: expected object, received array" },
    { name: "one answer key of leads without a form, counted from 1", path: "apiAnswerKeys.2", message: "Use 1–64 characters: letters, digits, _ . -", want: "Answer keys of leads without a form, key 3: Use 1–64 characters: letters, digits, _ . -" },
    { name: "the answer keys as a whole", path: "apiAnswerKeys", message: "List each key once", want: "Answer keys of leads without a form: List each key once" },
    { name: "the list of paths, with a message that names no path", path: "paths", message: "Too big: expected array to have <=100 items", want: "Routing paths: Too big: expected array to have <=100 items" },
    // A message that already names its subject is left as the server wrote it.
    { name: "the fallback queue's rep, named by the message", path: "fallback.ownerRepId", message: "The fallback queue's rep is no longer a member of this workspace", want: "The fallback queue's rep is no longer a member of this workspace" },
    { name: "the fallback, named by the message", path: "fallback", message: "Add a fallback queue and its manager: leads that no path can place go there", want: "Add a fallback queue and its manager: leads that no path can place go there" },
    { name: "the reviewer, named by the message", path: "policies.review.reviewerUserId", message: "The reviewer must be a member of this workspace", want: "The reviewer must be a member of this workspace" },
    { name: "the SLA, named by the message", path: "policies.sla", message: "The speed-to-lead SLA needs both times", want: "The speed-to-lead SLA needs both times" },
    { name: "an attribute, named by the message", path: "attributes.region", message: "The region attribute needs a field", want: "The region attribute needs a field" },
    { name: "the answer keys, named by the message", path: "apiAnswerKeys", message: "At most 100 answer keys of leads without a form", want: "At most 100 answer keys of leads without a form" },
    // Nowhere in the config's sections: as the server wrote it (no guess, no dotted path).
    { name: "the whole document", path: "", message: "Invalid input: expected object, received null", want: "Invalid input: expected object, received null" },
    { name: "a key the config does not have", path: "routing.extra", message: "Unrecognized key", want: "Unrecognized key" },
  ])("$name", ({ path, message, want }) => {
    expect(problemLines([{ path, message }])).toEqual([want]);
  });

  it("two problems of one section in the same words are said once; of two sections, twice", () => {
    const tooSmall = "Too small: expected string to have >=1 characters";
    expect(
      problemLines([
        { path: "fallback.queueName", message: tooSmall },
        { path: "fallback.ownerUserId", message: tooSmall },
        { path: "attributes.industry.field", message: tooSmall },
      ]),
    ).toEqual([`Fallback queue: ${tooSmall}`, `Lead attribute mapping (industry): ${tooSmall}`]);
  });
});
