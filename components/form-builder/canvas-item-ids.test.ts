import { describe, expect, it } from "vitest";
import type { TFormDefinition } from "@/server/domain/forms/definition";
import { followItemIds, NO_ITEM_IDS } from "./canvas-item-ids";

const form = (...steps: string[][]): TFormDefinition =>
  ({ steps: steps.map((keys, i) => ({ id: `s${i}`, fields: keys.map((key) => ({ key, type: "short_text", label: key, required: false })) })), logic: [], outcomes: [] }) as unknown as TFormDefinition;

const first = followItemIds(NO_ITEM_IDS, null, form(["email", "name"], ["company"]));

describe("followItemIds", () => {
  it("numbers the questions of the first render in order", () => {
    expect(first).toEqual({ ids: { email: "q0", name: "q1", company: "q2" }, next: 3 });
  });

  const cases: { name: string; after: TFormDefinition; ids: Record<string, string>; next: number }[] = [
    { name: "a renamed key keeps its id (label blur, Key input, undo)", after: form(["email", "full_name"], ["company"]), ids: { email: "q0", full_name: "q1", company: "q2" }, next: 3 },
    { name: "a moved question keeps its id", after: form(["name"], ["company", "email"]), ids: { email: "q0", name: "q1", company: "q2" }, next: 3 },
    { name: "an added question gets a new id", after: form(["email", "name", "short_text"], ["company"]), ids: { email: "q0", name: "q1", short_text: "q3", company: "q2" }, next: 4 },
    { name: "a key replaced at the same place in one change is a rename", after: form(["email", "short_text"], ["company"]), ids: { email: "q0", short_text: "q1", company: "q2" }, next: 3 },
    { name: "two keys swapped in place keep their own ids", after: form(["name", "email"], ["company"]), ids: { email: "q0", name: "q1", company: "q2" }, next: 3 },
    { name: "nothing changed", after: form(["email", "name"], ["company"]), ids: { email: "q0", name: "q1", company: "q2" }, next: 3 },
  ];
  it.each(cases)("$name", ({ after, ids, next }) => {
    expect(followItemIds(first, form(["email", "name"], ["company"]), after)).toEqual({ ids, next });
  });

  it("a removed key that comes back (undo of a removal) gets a new id, not a stale one", () => {
    const removed = followItemIds(first, form(["email", "name"], ["company"]), form(["email"], ["company"]));
    expect(followItemIds(removed, form(["email"], ["company"]), form(["email", "name"], ["company"])).ids.name).toBe("q3");
  });
});
