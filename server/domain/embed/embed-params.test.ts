import { describe, expect, it } from "vitest";
import { prefillParamsOf, readEmbedParams, withoutEmbedParams } from "./embed-params";

const ALLOWED = ["https://www.acme.com", "http://127.0.0.1:3100"];
const NOTHING = { hostOrigin: null, pageUrl: null, referrer: null, hostAttribution: {} };

describe("readEmbedParams", () => {
  const cases: { name: string; params: Record<string, string | string[] | undefined>; expected: object }[] = [
    { name: "a hosted page (no embed)", params: { sb_origin: "https://www.acme.com" }, expected: { isEmbed: false, isTransparent: false, ...NOTHING } },
    {
      name: "an allowed host with its page and referrer",
      params: { embed: "1", sb_origin: "https://www.acme.com", sb_page: "https://www.acme.com/pricing?utm_source=x", sb_ref: "https://www.google.com/" },
      expected: { isEmbed: true, isTransparent: false, hostOrigin: "https://www.acme.com", pageUrl: "https://www.acme.com/pricing?utm_source=x", referrer: "https://www.google.com/", hostAttribution: { utm_source: "x" } },
    },
    {
      name: "the claimed origin is normalised before comparing",
      params: { embed: "1", sb_origin: "HTTPS://WWW.ACME.COM:443", sb_page: "https://www.acme.com/" },
      expected: { isEmbed: true, isTransparent: false, hostOrigin: "https://www.acme.com", pageUrl: "https://www.acme.com/", referrer: null, hostAttribution: {} },
    },
    { name: "a host not allowed: no target, no context", params: { embed: "1", sb_origin: "https://evil.example", sb_page: "https://evil.example/", sb_ref: "https://x.example/" }, expected: { isEmbed: true, isTransparent: false, ...NOTHING } },
    { name: "an allowed host's lookalike", params: { embed: "1", sb_origin: "https://www.acme.com.evil.example" }, expected: { isEmbed: true, isTransparent: false, ...NOTHING } },
    { name: "the wildcard", params: { embed: "1", sb_origin: "*" }, expected: { isEmbed: true, isTransparent: false, ...NOTHING } },
    { name: "the opaque origin", params: { embed: "1", sb_origin: "null" }, expected: { isEmbed: true, isTransparent: false, ...NOTHING } },
    {
      name: "a page URL on another origin than the host is dropped",
      params: { embed: "1", sb_origin: "https://www.acme.com", sb_page: "https://evil.example/?utm_source=forged" },
      expected: { isEmbed: true, isTransparent: false, hostOrigin: "https://www.acme.com", pageUrl: null, referrer: null, hostAttribution: {} },
    },
    {
      name: "script URLs are not page URLs or referrers",
      params: { embed: "1", sb_origin: "http://127.0.0.1:3100", sb_page: "javascript:alert(1)", sb_ref: "javascript:alert(1)" },
      expected: { isEmbed: true, isTransparent: false, hostOrigin: "http://127.0.0.1:3100", pageUrl: null, referrer: null, hostAttribution: {} },
    },
    {
      name: "campaign parameters of the host page (first value of each); its other parameters are not",
      params: { embed: "1", sb_origin: "https://www.acme.com", sb_page: "https://www.acme.com/?utm_source=newsletter&utm_campaign=spring&utm_source=second&gclid=G1&fbclid=F1&session=secret&email=x@y.z&sb_origin=x" },
      expected: {
        isEmbed: true,
        isTransparent: false,
        hostOrigin: "https://www.acme.com",
        pageUrl: "https://www.acme.com/?utm_source=newsletter&utm_campaign=spring&utm_source=second&gclid=G1&fbclid=F1&session=secret&email=x@y.z&sb_origin=x",
        referrer: null,
        hostAttribution: { utm_source: "newsletter", utm_campaign: "spring", gclid: "G1", fbclid: "F1" },
      },
    },
    {
      name: "an over-long page URL is not the context; its campaign parameters still count",
      params: { embed: "1", sb_origin: "https://www.acme.com", sb_page: `https://www.acme.com/?utm_source=ads&q=${"x".repeat(2000)}` },
      expected: { isEmbed: true, isTransparent: false, hostOrigin: "https://www.acme.com", pageUrl: null, referrer: null, hostAttribution: { utm_source: "ads" } },
    },
    {
      name: "a page URL beyond any real one is not read at all",
      params: { embed: "1", sb_origin: "https://www.acme.com", sb_page: `https://www.acme.com/?utm_source=ads&q=${"x".repeat(8000)}` },
      expected: { isEmbed: true, isTransparent: false, hostOrigin: "https://www.acme.com", pageUrl: null, referrer: null, hostAttribution: {} },
    },
    {
      name: "a host not allowed: its page's campaign parameters are not read",
      params: { embed: "1", sb_origin: "https://evil.example", sb_page: "https://evil.example/?utm_source=forged" },
      expected: { isEmbed: true, isTransparent: false, ...NOTHING },
    },
    { name: "transparent", params: { embed: "1", sb_bg: "transparent" }, expected: { isEmbed: true, isTransparent: true, ...NOTHING } },
    { name: "repeated parameters: the first counts", params: { embed: ["1", "0"], sb_origin: ["https://www.acme.com", "https://evil.example"] }, expected: { isEmbed: true, isTransparent: false, hostOrigin: "https://www.acme.com", pageUrl: null, referrer: null, hostAttribution: {} } },
  ];
  it.each(cases)("$name", ({ params, expected }) => {
    expect(readEmbedParams(params, ALLOWED)).toEqual(expected);
  });

  it("a form that allows no origin talks to no host", () => {
    expect(readEmbedParams({ embed: "1", sb_origin: "https://www.acme.com" }, []).hostOrigin).toBeNull();
  });
});

describe("withoutEmbedParams", () => {
  it("keeps prefill, hidden and campaign parameters only", () => {
    expect(withoutEmbedParams({ embed: "1", sb_origin: "o", sb_page: "p", sb_ref: "r", sb_bg: "", email: "a@b.co", utm_source: "x", embedded: "y" })).toEqual({
      email: "a@b.co",
      utm_source: "x",
      embedded: "y",
    });
  });
});

describe("prefillParamsOf", () => {
  const embed = readEmbedParams({ embed: "1", sb_origin: "https://www.acme.com", sb_page: "https://www.acme.com/?utm_source=page&utm_medium=email&gclid=G1" }, ALLOWED);
  it.each([
    { name: "the host page's campaign parameters fill in", query: { email: "a@b.co" }, expected: { utm_source: "page", utm_medium: "email", gclid: "G1", email: "a@b.co" } },
    { name: "the host's explicit values win over its page's", query: { utm_source: "api" }, expected: { utm_source: "api", utm_medium: "email", gclid: "G1" } },
    { name: "never the embed's own parameters", query: { embed: "1", sb_origin: "https://www.acme.com", sb_bg: "" }, expected: { utm_source: "page", utm_medium: "email", gclid: "G1" } },
  ])("$name", ({ query, expected }) => {
    expect(prefillParamsOf(query, embed)).toEqual(expected);
  });

  it("a hosted page (no embed) takes only its own query", () => {
    const hosted = { utm_source: "direct" };
    expect(prefillParamsOf(hosted, readEmbedParams(hosted, ALLOWED))).toEqual({ utm_source: "direct" });
  });
});
