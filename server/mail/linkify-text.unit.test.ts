import { describe, expect, it } from "vitest";
import { labelledLinks, linkifyText } from "./linkify-text";

describe("linkifyText", () => {
  it.each([
    ["no links here", [{ kind: "text", text: "no links here" }]],
    [
      "Go to https://a.example/x?y=1&z=2.",
      [{ kind: "text", text: "Go to " }, { kind: "link", href: "https://a.example/x?y=1&z=2" }, { kind: "text", text: "." }],
    ],
    ["javascript:alert(1) ftp://x.example", [{ kind: "text", text: "javascript:alert(1) ftp://x.example" }]],
    ["(http://localhost:3000/a)", [{ kind: "text", text: "(" }, { kind: "link", href: "http://localhost:3000/a" }, { kind: "text", text: ")" }]],
  ])("%s", (text, expected) => {
    expect(linkifyText(text)).toEqual(expected);
  });
});

describe("labelledLinks", () => {
  it("labels each unique link with the words before it", () => {
    const text = "Switchboard\n\nSign in http://localhost:3000/cb?t=1\n\nOr copy this link into your browser: http://localhost:3000/cb?t=1\nhttps://b.example";
    expect(labelledLinks(text)).toEqual([
      { href: "http://localhost:3000/cb?t=1", label: "Sign in" },
      { href: "https://b.example", label: null },
    ]);
  });
});
