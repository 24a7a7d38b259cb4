import { describe, expect, it } from "vitest";
import { MAX_ALLOWED_ORIGINS, normalizeOrigin, normalizeOrigins } from "./origins";

describe("normalizeOrigin", () => {
  it.each([
    ["https://www.example.com", "https://www.example.com"],
    ["  https://www.example.com  ", "https://www.example.com"],
    ["https://www.example.com/", "https://www.example.com"],
    ["HTTPS://WWW.Example.COM", "https://www.example.com"],
    ["https://example.com:443", "https://example.com"],
    ["http://example.com:80/", "http://example.com"],
    ["http://example.com:443", "http://example.com:443"],
    ["https://example.com:8443", "https://example.com:8443"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["https://[::1]:443", "https://[::1]"],
    ["https://bücher.example", "https://xn--bcher-kva.example"],
  ])("%s → %s", (input, origin) => {
    expect(normalizeOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ["", "Enter a website address"],
    ["   ", "Enter a website address"],
    ["www.example.com", "Start with https://"],
    ["example.com/path", "Start with https://"],
    ["ftp://example.com", "Only http:// and https://"],
    ["javascript:alert(1)", "Only http:// and https://"],
    ["data:text/html,hi", "Only http:// and https://"],
    ["file:///etc/passwd", "Only http:// and https://"],
    ["https://", "Add the website's host"],
    ["https:example.com", "Add the website's host"],
    ["https:///example.com", "Add the website's host"],
    ["https://user:pass@example.com", "Leave out user names and passwords"],
    ["https://user@example.com", "Leave out user names and passwords"],
    ["https://@example.com", "Leave out user names and passwords"],
    ["https://example.com/contact", "Leave out the path"],
    ["https://example.com\\contact", "Leave out the path"],
    ["https://example.com/?a=1", "Leave out the query"],
    ["https://example.com?a=1", "Leave out the query"],
    ["https://example.com#top", "Leave out the fragment"],
    ["https://example.com:99999", "not a valid website address"],
    ["https://exa mple.com", "not a valid website address"],
    [`https://${"a".repeat(300)}.com`, "too long"],
  ])("%j is refused (%s)", (input, message) => {
    const result = normalizeOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe("normalizeOrigins", () => {
  it.each([
    { name: "empty list", inputs: [], origins: [], problems: [] },
    {
      name: "normalises each, keeping the order",
      inputs: ["https://B.example.com/", "http://a.example.com:80"],
      origins: ["https://b.example.com", "http://a.example.com"],
      problems: [],
    },
    {
      name: "a duplicate after normalising is a problem at its index",
      inputs: ["https://example.com", "HTTPS://example.com:443/"],
      origins: ["https://example.com"],
      problems: [{ index: 1, message: "https://example.com is already in the list" }],
    },
    {
      name: "http and https of the same host are different origins",
      inputs: ["https://example.com", "http://example.com"],
      origins: ["https://example.com", "http://example.com"],
      problems: [],
    },
    {
      name: "invalid entries are problems at their index",
      inputs: ["https://ok.example", "nope", "https://ok.example/path"],
      origins: ["https://ok.example"],
      problems: [
        { index: 1, message: expect.stringContaining("Start with https://") },
        { index: 2, message: expect.stringContaining("Leave out the path") },
      ],
    },
  ])("$name", ({ inputs, origins, problems }) => {
    expect(normalizeOrigins(inputs)).toEqual({ origins, problems });
  });

  it(`allows ${MAX_ALLOWED_ORIGINS} origins, not one more`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `https://site-${i}.example`);
    expect(normalizeOrigins(list(MAX_ALLOWED_ORIGINS)).problems).toEqual([]);
    expect(normalizeOrigins(list(MAX_ALLOWED_ORIGINS + 1)).problems).toEqual([{ index: null, message: `At most ${MAX_ALLOWED_ORIGINS} websites can embed a form` }]);
  });
});
