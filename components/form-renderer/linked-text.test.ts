import { describe, expect, it } from "vitest";
import { linkedText, type TTextPart } from "./linked-text";

const text = (value: string): TTextPart => ({ kind: "text", text: value });
const link = (value: string, href = value): TTextPart => ({ kind: "link", text: value, href });

describe("linkedText", () => {
  it.each<[string, string, TTextPart[]]>([
    ["plain text stays one part", "Thanks, we'll be in touch.", [text("Thanks, we'll be in touch.")]],
    ["an address at the end of a sentence, its full stop kept as text", "Our guides: https://example.com/resources.", [text("Our guides: "), link("https://example.com/resources"), text(".")]],
    ["an address alone", "https://example.com/a?b=1#c", [link("https://example.com/a?b=1#c")]],
    ["http too, and line breaks kept", "See\nhttp://example.org/x,\nthen", [text("See\n"), link("http://example.org/x", "http://example.org/x"), text(",\nthen")]],
    ["an address in brackets", "(see https://example.com/guide)", [text("(see "), link("https://example.com/guide"), text(")")]],
    ["an address opening a bracket or a quote", "(https://example.com/guide) “https://example.com/q”", [text("("), link("https://example.com/guide"), text(") “"), link("https://example.com/q"), text("”")]],
    ["a bracket the address opened stays in it", "https://en.wikipedia.org/wiki/Lead_(sales))", [link("https://en.wikipedia.org/wiki/Lead_(sales)"), text(")")]],
    ["javascript: is never a link", "javascript:alert(1)", [text("javascript:alert(1)")]],
    ["data: and mailto: are not links", "mailto:a@example.com data:text/html,x", [text("mailto:a@example.com data:text/html,x")]],
    ["a scheme without a host is not a link", "https:// and https://localhost", [text("https:// and https://localhost")]],
    ["two addresses", "https://a.example and https://b.example!", [link("https://a.example", "https://a.example/"), text(" and "), link("https://b.example", "https://b.example/"), text("!")]],
    ["upper-case scheme", "HTTPS://EXAMPLE.COM/X", [link("HTTPS://EXAMPLE.COM/X", "https://example.com/X")]],
    ["empty", "", []],
  ])("%s", (_name, input, expected) => {
    expect(linkedText(input)).toEqual(expected);
  });

  it("keeps every character of the text, in order", () => {
    const input = "Read https://example.com/one, then (https://example.com/two). Done";
    expect(linkedText(input).map((part) => part.text).join("")).toBe(input);
  });
});
