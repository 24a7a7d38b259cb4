import { describe, expect, it } from "vitest";
import { embedSnippets } from "./snippets";

describe("embedSnippets", () => {
  it.each([
    ["https://forms.acme.com", "https://forms.acme.com/embed.js"],
    ["https://forms.acme.com/", "https://forms.acme.com/embed.js"],
    ["http://localhost:3000", "http://localhost:3000/embed.js"],
  ])("every snippet loads %s's embed.js once", (appUrl, script) => {
    for (const snippet of Object.values(embedSnippets(appUrl, "demo"))) {
      expect(snippet.split(`<script async src="${script}"></script>`)).toHaveLength(2);
    }
  });

  it("names the form in each mode", () => {
    const snippets = embedSnippets("https://app.example", "demo-request");
    expect(snippets.inline).toContain('<div data-switchboard="demo-request" style="min-height:560px"></div>');
    expect(snippets.popup).toContain('data-switchboard-popup="demo-request"');
    expect(snippets.api).toContain('Switchboard("open", "demo-request", {');
    expect(snippets.api).toContain("(Switchboard.q = Switchboard.q || []).push(arguments)");
  });

  it("escapes what it puts into markup and script", () => {
    const snippets = embedSnippets('https://app.example/"><x>', 'a"b</script><x>');
    expect(snippets.inline).not.toMatch(/<x>|"b/);
    expect(snippets.api).not.toContain("</script><x>");
    expect(snippets.api).toContain('"a\\"b\\u003c/script>\\u003cx>"');
  });
});
