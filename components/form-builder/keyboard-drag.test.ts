import { describe, expect, it } from "vitest";
import { testState } from "@/server/domain/forms/editor/test-state";
import type { TDragId } from "./builder-model";
import { keyboardArrow, keyboardBackText, keyboardDrop, keyboardPickUp, type TKeyboardDrag } from "./keyboard-drag";
import type { TKeyDirection } from "./keyboard-move";

const state = testState();
const keys = (drag: TKeyboardDrag) => drag.working.definition.steps.map((s) => `${s.id}: ${s.fields.map((f) => f.key).join(",")}`);

/** Picks `active` up with nothing selected, presses the arrows, and returns the drag and every sentence said. */
function session(active: TDragId, arrows: TKeyDirection[]) {
  const start = keyboardPickUp(state, active, null);
  const said = [start.text];
  let drag = start.drag;
  for (const direction of arrows) {
    const next = keyboardArrow(drag, direction);
    said.push(next.text);
    drag = next.drag;
  }
  return { drag, said };
}

const step = (id: string): TDragId => ({ kind: "step", id });
const field = (key: string): TDragId => ({ kind: "field", key });
const palette: TDragId = { kind: "palette", type: "short_text" };

describe("a keyboard drag says where the item truly is after every key", () => {
  it.each<[string, TDragId, TKeyDirection[], string[]]>([
    ["a step, down then past the end", step("about"), ["down", "down"], ["Picked up step 'About you', at position 1 of 2.", "Step 'About you' is at position 2 of 2.", "Step 'About you' is already last, at position 2 of 2."]],
    ["a step, up", step("needs"), ["up"], ["Picked up step 'Your needs', at position 2 of 2.", "Step 'Your needs' is at position 1 of 2."]],
    [
      "a palette item, from the end of the last step up into the previous step",
      palette,
      ["up", "up", "up"],
      [
        "Picked up new Short text question, at step 'Your needs', position 3 of 3.",
        "New Short text question is at step 'Your needs', position 2 of 3.",
        "New Short text question is at step 'Your needs', position 1 of 3.",
        "New Short text question is at step 'About you', position 4 of 4.",
      ],
    ],
    ["a palette item at the end of the form", palette, ["down"], ["Picked up new Short text question, at step 'Your needs', position 3 of 3.", "New Short text question is already last, at step 'Your needs', position 3 of 3."]],
    ["a question, across into the next step", field("budget"), ["down"], ["Picked up question 'Budget', at step 'About you', position 3 of 3.", "Question 'Budget' is at step 'Your needs', position 1 of 3."]],
  ])("%s", (_, active, arrows, expected) => {
    expect(session(active, arrows).said).toEqual(expected);
  });
});

describe("what a drop does", () => {
  it("a moved step is committed as one undoable move; its order is the form's", () => {
    const { drag } = session(step("about"), ["down"]);
    expect(keys(drag)).toEqual(["needs: company_size,notes", "about: email,role,budget"]);
    const { drop, text } = keyboardDrop(state, drag);
    expect(text).toBe("Step 'About you' was dropped at position 2 of 2.");
    expect(drop).toEqual({ kind: "commit", state: drag.working, label: "moved step “About you”" });
  });

  it("a palette item is added at its insertion point; the state is not touched before the drop", () => {
    const { drag } = session(palette, ["up", "up", "up"]);
    expect(drag.working).toBe(state);
    expect(keyboardDrop(state, drag)).toEqual({ drop: { kind: "add", place: { stepId: "about", index: 3 }, type: "short_text" }, text: "New Short text question was dropped at step 'About you', position 4 of 4." });
  });

  it("a palette item picked up with a step selected starts at that step's end", () => {
    expect(keyboardPickUp(state, palette, { kind: "step", id: "about" }).drag.indicator).toEqual({ stepId: "about", index: 3 });
  });

  it.each<[string, TDragId, TKeyDirection[]]>([
    ["a step moved down and back up", step("about"), ["down", "up"]],
    ["a question moved down and back up", field("email"), ["down", "up"]],
    ["a step that could not move", step("about"), ["up"]],
  ])("%s changes nothing", (_, active, arrows) => {
    expect(keyboardDrop(state, session(active, arrows).drag).drop).toEqual({ kind: "none" });
  });

  it("a moved question is committed with its label", () => {
    const { drag } = session(field("email"), ["down"]);
    expect(keyboardDrop(state, drag).drop).toEqual({ kind: "commit", state: drag.working, label: "moved “Work email”" });
  });
});

describe("Escape says where the item is back at", () => {
  it.each<[TDragId, string | null]>([
    [step("needs"), "it is back at position 2 of 2"],
    [field("role"), "it is back at step 'About you', position 2 of 3"],
    [palette, null],
  ])("%j", (active, expected) => {
    expect(keyboardBackText(state, active)).toBe(expected);
  });
});
