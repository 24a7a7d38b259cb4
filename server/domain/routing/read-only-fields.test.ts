import { describe, expect, it } from "vitest";
import { readOnlyFieldMessage, readOnlyFieldWarnings, type TMemberAccount, type TReadOnlyRepEntry } from "./read-only-fields";

const sarah: TMemberAccount = { email: "sarah@acme.test", name: "Sarah Chen" };
const nameless: TMemberAccount = { email: "x@acme.test", name: null };
const byRep = { r1: sarah, r2: nameless };
const byUser = { u1: sarah };

describe("readOnlyFieldWarnings", () => {
  const cases: [string, TReadOnlyRepEntry[], string[]][] = [
    ["left out: nothing", [{ id: "r1" }], []],
    ["equal to the stored values (GET, then PUT): nothing", [{ id: "r1", email: "sarah@acme.test", name: "Sarah Chen" }], []],
    ["an email differing only in case: nothing", [{ id: "r1", email: "Sarah@ACME.test" }], []],
    ["a changed name", [{ id: "r1", name: "Sarah C." }], ["reps.0.name"]],
    ["a changed email and name, at the entry's index", [{ id: "r2" }, { id: "r1", email: "s@other.test", name: "S" }], ["reps.1.email", "reps.1.name"]],
    ["null name where one is stored", [{ id: "r1", name: null }], ["reps.0.name"]],
    ["null name where none is stored: nothing", [{ id: "r2", name: null }], []],
    ["a name where none is stored", [{ id: "r2", name: "New" }], ["reps.0.name"]],
    ["a new rep by userId, compared with that member's account", [{ userId: "u1", name: "Someone else" }], ["reps.0.name"]],
    ["an unknown rep (an error elsewhere): nothing", [{ id: "nope", name: "X" }], []],
  ];
  it.each(cases)("%s", (_what, reps, paths) => {
    expect(readOnlyFieldWarnings(reps, byRep, byUser).map((w) => w.path)).toEqual(paths);
  });

  it("says it is read-only, what the stored value is, and that it was ignored", () => {
    expect(readOnlyFieldWarnings([{ id: "r1", name: "Sarah C." }], byRep)[0]!.message).toBe(readOnlyFieldMessage("name", "Sarah Chen"));
    expect(readOnlyFieldMessage("name", "Sarah Chen")).toMatch(/^Read-only: .*ignored \(stored: “Sarah Chen”\)$/);
  });
});
