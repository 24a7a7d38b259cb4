import { describe, expect, it } from "vitest";
import { fieldClasses } from "./input";

describe("fieldClasses", () => {
  it.each([
    { name: "no classes: the base field (full width)", given: "", has: ["w-full", "px-3", "py-2", "rounded-md"], lacks: [] },
    { name: "a width replaces full width", given: "w-24 shrink-0", has: ["w-24", "shrink-0", "px-3"], lacks: ["w-full"] },
    { name: "compact padding replaces the base padding", given: "px-2 py-1", has: ["px-2", "py-1"], lacks: ["px-3", "py-2"] },
    { name: "an auto width for selects", given: "w-auto", has: ["w-auto"], lacks: ["w-full"] },
    { name: "a brand border colour replaces the slate one", given: "border-brand-300", has: ["border-brand-300", "border"], lacks: ["border-slate-300"] },
    { name: "unrelated classes are kept with the base ones", given: "mt-1 font-mono", has: ["mt-1", "font-mono", "w-full"], lacks: [] },
  ])("$name", ({ given, has, lacks }) => {
    const classes = fieldClasses(given).split(/\s+/);
    for (const c of has) expect(classes).toContain(c);
    for (const c of lacks) expect(classes).not.toContain(c);
  });
});
