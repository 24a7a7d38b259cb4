import { describe, expect, it } from "vitest";
import { frameUrl, type TFrameOptions } from "./frame-url";

const APP = "https://app.switchboard.example";

function params(href: string): Record<string, string> {
  const url = new URL(href);
  expect(url.origin).toBe(APP);
  return Object.fromEntries(url.searchParams.entries());
}

describe("frameUrl", () => {
  const cases: { name: string; host: string; referrer?: string; options?: TFrameOptions; path?: string; expected: Record<string, string> }[] = [
    {
      name: "a plain host page: its origin, URL and (empty) referrer",
      host: "https://www.acme.com/pricing",
      expected: { embed: "1", sb_origin: "https://www.acme.com", sb_page: "https://www.acme.com/pricing", sb_ref: "", sb_bg: "" },
    },
    {
      name: "the host page's own parameters stay in its URL (the server reads its campaign parameters from sb_page)",
      host: "https://www.acme.com/?utm_source=newsletter&utm_campaign=spring&gclid=G1&fbclid=F1&session=secret&email=x@y.z",
      referrer: "https://www.google.com/",
      expected: {
        embed: "1",
        sb_origin: "https://www.acme.com",
        sb_page: "https://www.acme.com/?utm_source=newsletter&utm_campaign=spring&gclid=G1&fbclid=F1&session=secret&email=x@y.z",
        sb_ref: "https://www.google.com/",
        sb_bg: "",
      },
    },
    {
      name: "prefill and hidden values; prefill wins over hidden",
      host: "http://127.0.0.1:3100/?utm_source=page",
      options: { prefill: { email: "ada@acme.com", seats: 12, skipped: undefined }, hidden: { utm_source: "api", plan: "pro" }, transparent: true },
      expected: { utm_source: "api", plan: "pro", email: "ada@acme.com", seats: "12", embed: "1", sb_origin: "http://127.0.0.1:3100", sb_page: "http://127.0.0.1:3100/?utm_source=page", sb_ref: "", sb_bg: "transparent" },
    },
    {
      name: "a prefill cannot replace the embed's own parameters",
      host: "https://www.acme.com/",
      options: { prefill: { embed: "0", sb_origin: "https://evil.example", sb_page: "https://evil.example/" } },
      expected: { embed: "1", sb_origin: "https://www.acme.com", sb_page: "https://www.acme.com/", sb_ref: "", sb_bg: "" },
    },
  ];
  it.each(cases)("$name", ({ host, referrer = "", options = {}, expected }) => {
    expect(params(frameUrl(APP, "demo", host, referrer, options))).toEqual(expected);
  });

  it.each([
    ["demo", "/f/demo"],
    ["../api/v1/leads", "/f/..%2Fapi%2Fv1%2Fleads"],
    ["a b?c#d", "/f/a%20b%3Fc%23d"],
  ])("keeps the slug %j inside /f/", (slug, path) => {
    expect(new URL(frameUrl(APP, slug, "https://www.acme.com/", "", {})).pathname).toBe(path);
  });
});
