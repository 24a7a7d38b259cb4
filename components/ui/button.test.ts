import { describe, expect, it } from "vitest";
import { buttonClasses } from "./button-classes";
import { mergedButtonClasses } from "./button";

describe("mergedButtonClasses (the dashboard's <Button>)", () => {
  it.each([
    { name: "no classes: the base button", given: "", has: ["px-3.5", "py-2", "text-sm", "rounded-md"], lacks: [] },
    { name: "compact padding and text replace the base's", given: "px-2 py-1 text-xs", has: ["px-2", "py-1", "text-xs"], lacks: ["px-3.5", "py-2", "text-sm"] },
    { name: "a half-step padding replaces the base's", given: "px-1.5 py-1", has: ["px-1.5", "py-1"], lacks: ["px-3.5", "py-2"] },
    { name: "a width and a shrink are kept with the base", given: "w-full shrink-0", has: ["w-full", "shrink-0", "px-3.5", "py-2"], lacks: [] },
    { name: "the variant's colours stay", given: "px-2", has: ["bg-brand-600", "text-white", "px-2"], lacks: ["px-3.5"] },
  ])("$name", ({ given, has, lacks }) => {
    const classes = mergedButtonClasses("primary", given).split(/\s+/);
    for (const c of has) expect(classes).toContain(c);
    for (const c of lacks) expect(classes).not.toContain(c);
  });
});

describe("buttonClasses (no merge: the public form page, server pages)", () => {
  it.each([
    { name: "md: the dashboard padding", size: "md" as const, extra: "", has: ["px-3.5", "py-2"], lacks: ["py-2.5"] },
    { name: "lg: the form's taller tap target, one vertical padding", size: "lg" as const, extra: "", has: ["px-3.5", "py-2.5"], lacks: ["py-2"] },
    { name: "an extra width is appended", size: "lg" as const, extra: "sm:min-w-32", has: ["sm:min-w-32", "py-2.5"], lacks: [] },
  ])("$name", ({ size, extra, has, lacks }) => {
    const classes = buttonClasses("secondary", extra, size).split(/\s+/);
    for (const c of has) expect(classes).toContain(c);
    for (const c of lacks) expect(classes).not.toContain(c);
  });
});
