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
      name: "the editor's refused Save: a policy the schema refuses reads as the server says it (the field shows it too)",
      problems: [{ path: "policies.sla.reassignAfterMinutes", message: "Reassign after the reminder" }],
      want: ["Reassign after the reminder"],
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
