import { describe, expect, it } from "vitest";
import { testState } from "@/server/domain/forms/editor/test-state";
import { addField, moveField, removeField } from "@/server/domain/forms/editor/field-ops";
import { addStep, moveStep } from "@/server/domain/forms/editor/step-ops";
import { clickPlace, describeEdit, isSamePlace, keyboardPlace, keyboardSlot, keyboardStepIndex } from "./keyboard-move";

const state = testState();
const { definition } = state;
const keys = (d: typeof definition) => d.steps.map((s) => s.fields.map((f) => f.key));

/** Presses the arrow `times` times, applying each target as the builder does. */
function press(key: string, direction: "up" | "down", times: number) {
  let current = state;
  for (let i = 0; i < times; i++) {
    const target = keyboardPlace(current.definition, key, direction);
    if (!target) break;
    const moved = moveField(current, key, target);
    if (!moved.ok) throw new Error(moved.error);
    current = moved.state;
  }
  return current.definition;
}

describe("keyboardPlace: one place per arrow press", () => {
  it.each([
    ["first, down", "email", "down", { stepId: "about", index: 1 }],
    ["middle, up", "role", "up", { stepId: "about", index: 0 }],
    ["last of a step, down → top of the next step", "budget", "down", { stepId: "needs", index: 0 }],
    ["first of a step, up → bottom of the previous step", "company_size", "up", { stepId: "about", index: 3 }],
    ["first of the form, up", "email", "up", null],
    ["last of the form, down", "notes", "down", null],
    ["an unknown question", "nope", "down", null],
  ] as const)("%s", (_, key, direction, expected) => {
    expect(keyboardPlace(definition, key, direction)).toEqual(expected);
  });

  it("walks down through every position, then into the next step", () => {
    expect(keys(press("email", "down", 1))).toEqual([["role", "email", "budget"], ["company_size", "notes"]]);
    expect(keys(press("email", "down", 2))).toEqual([["role", "budget", "email"], ["company_size", "notes"]]);
    expect(keys(press("email", "down", 3))).toEqual([["role", "budget"], ["email", "company_size", "notes"]]);
    expect(keys(press("email", "down", 4))).toEqual([["role", "budget"], ["company_size", "email", "notes"]]);
    expect(keys(press("email", "down", 9))).toEqual([["role", "budget"], ["company_size", "notes", "email"]]);
  });

  it("walks up into an empty step and past it", () => {
    const withEmpty = addStep(state, { index: 1 });
    if (!withEmpty.ok) throw new Error(withEmpty.error);
    const d = withEmpty.state.definition;
    const target = keyboardPlace(d, "company_size", "up");
    expect(target).toEqual({ stepId: withEmpty.stepId, index: 0 });
  });
});

describe("keyboardSlot: a palette item's insertion point, one slot per arrow press", () => {
  // about: email, role, budget (slots 0–3); needs: company_size, notes (slots 0–2).
  it.each([
    ["end of the last step, up", { stepId: "needs", index: 2 }, "up", { stepId: "needs", index: 1 }],
    ["middle, down", { stepId: "about", index: 1 }, "down", { stepId: "about", index: 2 }],
    ["before the last question, down → after it", { stepId: "about", index: 2 }, "down", { stepId: "about", index: 3 }],
    ["after the last question of a step, down → top of the next step", { stepId: "about", index: 3 }, "down", { stepId: "needs", index: 0 }],
    ["top of a step, up → after the last question of the previous step", { stepId: "needs", index: 0 }, "up", { stepId: "about", index: 3 }],
    ["top of the form, up", { stepId: "about", index: 0 }, "up", null],
    ["end of the form, down", { stepId: "needs", index: 2 }, "down", null],
    ["an unknown step", { stepId: "nope", index: 0 }, "down", null],
    ["a slot past the end is read as the end", { stepId: "about", index: 9 }, "up", { stepId: "about", index: 2 }],
  ] as const)("%s", (_, at, direction, expected) => {
    expect(keyboardSlot(definition, at, direction)).toEqual(expected);
  });

  it("visits every slot of the form once, top to bottom", () => {
    const visited: string[] = [];
    for (let at: { stepId: string; index: number } | null = { stepId: "about", index: 0 }; at; at = keyboardSlot(definition, at, "down")) visited.push(`${at.stepId}#${at.index}`);
    expect(visited).toEqual(["about#0", "about#1", "about#2", "about#3", "needs#0", "needs#1", "needs#2"]);
  });

  it("stops at an empty step (its one slot) on the way", () => {
    const withEmpty = addStep(state, { index: 1 });
    if (!withEmpty.ok) throw new Error(withEmpty.error);
    expect(keyboardSlot(withEmpty.state.definition, { stepId: "needs", index: 0 }, "up")).toEqual({ stepId: withEmpty.stepId, index: 0 });
    expect(keyboardSlot(withEmpty.state.definition, { stepId: withEmpty.stepId, index: 0 }, "up")).toEqual({ stepId: "about", index: 3 });
  });
});

describe("keyboardStepIndex: a step moves one place per arrow press", () => {
  it.each([
    ["first, down", "about", "down", 1],
    ["last, up", "needs", "up", 0],
    ["first, up", "about", "up", null],
    ["last, down", "needs", "down", null],
    ["an unknown step", "nope", "down", null],
  ] as const)("%s", (_, stepId, direction, expected) => {
    expect(keyboardStepIndex(definition, stepId, direction)).toBe(expected);
  });
});

describe("clickPlace: where a palette click adds and a keyboard pick-up starts", () => {
  it.each([
    ["nothing selected → end of the last step", null, { stepId: "needs", index: 2 }],
    ["a step selected → its end", { kind: "step", id: "about" }, { stepId: "about", index: 3 }],
    ["a question selected → the end of its step", { kind: "field", key: "email" }, { stepId: "about", index: 3 }],
    ["a question that is gone → end of the last step", { kind: "field", key: "nope" }, { stepId: "needs", index: 2 }],
    ["a step that is gone → end of the last step", { kind: "step", id: "nope" }, { stepId: "needs", index: 2 }],
  ] as const)("%s", (_, selection, expected) => {
    expect(clickPlace(definition, selection)).toEqual(expected);
  });
});

describe("isSamePlace", () => {
  it("is true for the same step and index, false after a move", () => {
    expect(isSamePlace(definition, definition, "role")).toBe(true);
    expect(isSamePlace(definition, press("email", "down", 1), "email")).toBe(false);
    expect(isSamePlace(definition, press("email", "down", 1), "budget")).toBe(true);
  });
});

describe("describeEdit", () => {
  const ok = <T extends { ok: boolean }>(r: T) => {
    if (!r.ok) throw new Error("edit failed");
    return r as Extract<T, { ok: true }>;
  };
  it("names a moved question, even when its neighbours shift", () => {
    expect(describeEdit(definition, press("email", "down", 2))).toBe("moved “Work email”");
    expect(describeEdit(definition, press("email", "down", 3))).toBe("moved “Work email”");
    expect(describeEdit(press("email", "down", 2), definition)).toBe("moved “Work email”");
  });
  it("names added and removed questions and steps, and a moved step", () => {
    const added = ok(addField(state, { stepId: "needs", type: "email" }));
    expect(describeEdit(definition, added.state.definition)).toMatch(/^added “.+”$/);
    expect(describeEdit(definition, ok(removeField(state, "notes")).state.definition)).toBe("removed “Notes”");
    expect(describeEdit(definition, ok(addStep(state, { title: "More" })).state.definition)).toBe("added step “More”");
    const three = ok(addStep(state, { title: "More" }));
    expect(describeEdit(three.state.definition, ok(moveStep(three.state, three.stepId, 0)).state.definition)).toBe("moved step “More”");
  });
  it("falls back to a general phrase", () => {
    expect(describeEdit(definition, { ...definition, title: "Other" })).toBe("changed the form");
  });
});
