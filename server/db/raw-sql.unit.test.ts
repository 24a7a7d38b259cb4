// Which statement texts the thin client prepares: from the third use of a text on, under one name
// per text, never more than MAX_PREPARED texts, and the texts it counts are bounded too.
import { describe, expect, it } from "vitest";
import { StatementNames, errorLabel } from "./raw-sql";

describe("StatementNames", () => {
  it.each([
    { uses: 1, named: [false] },
    { uses: 2, named: [false, false] },
    { uses: 3, named: [false, false, true] },
    { uses: 5, named: [false, false, true, true, true] },
  ])("a text used $uses times is named from its third use on", ({ uses, named }) => {
    const names = new StatementNames();
    const got = Array.from({ length: uses }, () => names.nameOf("SELECT 1"));
    expect(got.map((name) => name !== undefined)).toEqual(named);
    expect(new Set(got.filter(Boolean)).size).toBeLessThanOrEqual(1);
  });

  it("gives each text its own name, and the same one every time", () => {
    const names = new StatementNames();
    const use = (text: string) => [names.nameOf(text), names.nameOf(text), names.nameOf(text), names.nameOf(text)];
    const [a, b] = [use("SELECT 1"), use("SELECT 2")];
    expect(a.slice(2)).toEqual([a[2], a[2]]);
    expect(b[2]).toBeDefined();
    expect(b[2]).not.toBe(a[2]);
  });

  it("prepares at most MAX_PREPARED texts; the others stay unnamed", () => {
    const names = new StatementNames();
    const texts = Array.from({ length: StatementNames.MAX_PREPARED + 5 }, (_, i) => `SELECT ${i}`);
    for (let round = 0; round < StatementNames.PREPARE_AFTER; round++) for (const text of texts) names.nameOf(text);
    const named = texts.filter((text) => names.nameOf(text) !== undefined);
    expect(named).toHaveLength(StatementNames.MAX_PREPARED);
    expect(names.nameOf(texts.at(-1)!)).toBeUndefined();
  });

  it("stops counting new texts past MAX_COUNTED (texts that change with their input)", () => {
    const names = new StatementNames();
    for (let i = 0; i < StatementNames.MAX_COUNTED; i++) names.nameOf(`SELECT ${i}`);
    const late = "SELECT 'late'";
    const got = Array.from({ length: 5 }, () => names.nameOf(late));
    expect(got.every((name) => name === undefined)).toBe(true);
    // A text already counted still gets its name.
    expect([names.nameOf("SELECT 0"), names.nameOf("SELECT 0")][1]).toBeDefined();
  });
});

describe("errorLabel", () => {
  it.each([
    { error: Object.assign(new Error("duplicate key value violates unique constraint"), { name: "error", code: "23505" }), label: "23505 (error)" },
    { error: Object.assign(new Error("x"), { name: "PrismaClientKnownRequestError", code: "P2002" }), label: "P2002 (PrismaClientKnownRequestError)" },
    { error: new TypeError("boom"), label: "TypeError" },
    { error: "a string", label: "error" },
    { error: null, label: "error" },
  ])("$label", ({ error, label }) => {
    expect(errorLabel(error)).toBe(label);
  });
});
