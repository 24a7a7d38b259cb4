import { describe, expect, it } from "vitest";
import { EARLY_SUBMIT_GUARD_SCRIPT, earlySubmitMark } from "./early-submit-guard";

class FakeNode {
  constructor(readonly inside: FakeNode | null = null) {}
  contains(other: FakeNode): boolean {
    for (let node: FakeNode | null = other; node; node = node.inside) if (node === this) return true;
    return false;
  }
}

/** Runs the script as the browser would, its parent the form's root; returns a way to submit forms. */
function run(options: { hasScript?: boolean } = {}) {
  const root = new FakeNode();
  const listeners: [string, (event: unknown) => void, unknown][] = [];
  const document = { currentScript: options.hasScript === false ? null : { parentNode: root } };
  const addEventListener = (type: string, listener: (event: unknown) => void, capture: unknown) => listeners.push([type, listener, capture]);
  new Function("document", "addEventListener", "Node", EARLY_SUBMIT_GUARD_SCRIPT)(document, addEventListener, FakeNode);
  return {
    root,
    listeners,
    /** Dispatches a submit of `form` to the script's listeners; true when the browser would send it itself. */
    submit(form: FakeNode): boolean {
      let isPrevented = false;
      const event = { target: form, preventDefault: () => (isPrevented = true) };
      for (const [type, listener] of listeners) if (type === "submit") listener(event);
      return !isPrevented;
    },
  };
}

describe("EARLY_SUBMIT_GUARD_SCRIPT", () => {
  it("listens for submissions on window, capturing (before any other listener), from the first parse", () => {
    expect(run().listeners.map(([type, , capture]) => [type, capture])).toEqual([["submit", true]]);
  });

  it.each([
    { case: "the form in the root, before early-input watches: held back and marked", isInRoot: true, isWatched: false, isSentByBrowser: false, isHeld: true },
    { case: "a form elsewhere on the page: left alone", isInRoot: false, isWatched: false, isSentByBrowser: true, isHeld: false },
    { case: "once early-input watches the root: left to it", isInRoot: true, isWatched: true, isSentByBrowser: true, isHeld: false },
  ])("$case", ({ isInRoot, isWatched, isSentByBrowser, isHeld }) => {
    const page = run();
    const mark = earlySubmitMark(page.root as unknown as HTMLElement)!;
    expect(mark).toEqual({ isHeld: false, isWatched: false });
    mark.isWatched = isWatched;
    const form = new FakeNode(isInRoot ? new FakeNode(page.root) : new FakeNode());
    expect(page.submit(form)).toBe(isSentByBrowser);
    expect(mark.isHeld).toBe(isHeld);
  });

  it("does nothing where it cannot find its root (no current script: not run by the parser)", () => {
    const page = run({ hasScript: false });
    expect(page.listeners).toEqual([]);
    expect(earlySubmitMark(page.root as unknown as HTMLElement)).toBeUndefined();
  });
});
