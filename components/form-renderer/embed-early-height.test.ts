import { describe, expect, it } from "vitest";
import { earlyHeightScript } from "./embed-early-height";

/** Runs the script against a fake page: a root of the given heights, framed or not. */
function run(options: { hostOrigin?: string; isFramed?: boolean; hasRoot?: boolean; hasObserver?: boolean }) {
  const posted: [unknown, string][] = [];
  const attributes = new Set<string>();
  let height = 0;
  let callback: (() => void) | null = null;
  let isObserving = false;
  const root = { hasAttribute: (name: string) => attributes.has(name), getBoundingClientRect: () => ({ height }) };
  const parent = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
  const window: Record<string, unknown> = {};
  window.ResizeObserver =
    options.hasObserver === false
      ? undefined
      : class {
          constructor(cb: () => void) {
            callback = cb;
          }
          observe() {
            isObserving = true;
          }
          disconnect() {
            isObserving = false;
          }
        };
  const document = { querySelector: (selector: string) => (options.hasRoot !== false && selector === "[data-embed-root]" ? root : null) };
  const script = earlyHeightScript(options.hostOrigin ?? "https://www.acme.example");
  new Function("document", "window", "parent", "ResizeObserver", script)(document, window, options.isFramed === false ? window : parent, window.ResizeObserver);
  return {
    posted,
    isObserving: () => isObserving,
    /** The root takes a new height: the observer's callback runs, as the browser would before painting. */
    resize(next: number) {
      height = next;
      if (isObserving) callback?.();
    },
    takeOver: () => attributes.add("data-embed-host"),
  };
}

describe("earlyHeightScript", () => {
  it("posts the root's height, rounded up, to the checked host origin as it changes — once per height", () => {
    const page = run({});
    page.resize(612.2);
    page.resize(612.9);
    page.resize(700);
    expect(page.posted).toEqual([
      [{ sb: 1, type: "resize", height: 613 }, "https://www.acme.example"],
      [{ sb: 1, type: "resize", height: 700 }, "https://www.acme.example"],
    ]);
  });

  it("stops once the embed bridge has taken over (data-embed-host on the root)", () => {
    const page = run({});
    page.resize(500);
    page.takeOver();
    page.resize(800);
    expect(page.posted).toHaveLength(1);
    expect(page.isObserving()).toBe(false);
  });

  it.each([
    ["not framed", { isFramed: false }],
    ["no embed root", { hasRoot: false }],
    ["no ResizeObserver", { hasObserver: false }],
  ])("does nothing when %s", (_, options) => {
    const page = run(options);
    page.resize(500);
    expect(page.posted).toEqual([]);
  });

  it("cannot close its <script> element, whatever the origin's text", () => {
    const script = earlyHeightScript("https://a.example</script><script>alert(1)//");
    expect(script).not.toContain("</");
    const page = run({ hostOrigin: "https://a.example</script>" });
    page.resize(10);
    expect(page.posted[0]![1]).toBe("https://a.example</script>");
  });
});
