// The lead page's answers on a phone: one long unbroken answer (500 "x") made the page 4201 px wide
// at 390 px — the one-column grid's track sized to the answer's min-content (overflow-wrap:
// break-word does not lower it). Its track may shrink (minmax(0, 1fr)), label and answer may too
// (min-w-0), and both wrap anywhere (which lowers their min-content width).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LeadAnswers } from "./lead-answers";

const LONG = "x".repeat(500);

describe("LeadAnswers", () => {
  const html = renderToStaticMarkup(createElement(LeadAnswers, { answers: [{ key: "notes", label: "Anything else?", display: LONG }] as never }));
  const classOf = (tag: string) => new RegExp(`<${tag} class="([^"]*)"`).exec(html)?.[1]?.split(" ") ?? [];
  it.each<[string, string, string[]]>([
    ["the row's one-column track may shrink below its content", "div", ["min-w-0", "grid-cols-[minmax(0,1fr)]"]],
    ["the answer wraps anywhere and may shrink", "dd", ["min-w-0", "[overflow-wrap:anywhere]", "whitespace-pre-wrap"]],
    ["the label too", "dt", ["min-w-0", "[overflow-wrap:anywhere]"]],
  ])("%s", (_what, tag, classes) => {
    expect(classOf(tag)).toEqual(expect.arrayContaining(classes));
  });
  it("shows the answer as typed", () => {
    expect(html).toContain(`>${LONG}</dd>`);
  });
});
