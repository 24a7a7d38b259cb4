import { describe, expect, it } from "vitest";
import { embedUnavailability, unavailableConsoleMessage, type TEmbedUnavailable } from "./embed-availability";

const FORM = { allowedOrigins: ["https://www.acme.com", "http://127.0.0.1:3100"] };
const query = (params: Record<string, string>) => new URLSearchParams(params);

describe("embedUnavailability", () => {
  const cases: { name: string; params: Record<string, string>; form: typeof FORM | null; expected: Partial<TEmbedUnavailable> | null }[] = [
    { name: "an allowed host: the form", params: { embed: "1", sb_origin: "https://www.acme.com" }, form: FORM, expected: null },
    { name: "the claimed origin is normalised before comparing", params: { embed: "1", sb_origin: "HTTPS://WWW.ACME.COM:443" }, form: FORM, expected: null },
    { name: "a host not allowed", params: { embed: "1", sb_origin: "https://shop.example" }, form: FORM, expected: { reason: "origin_not_allowed", hostOrigin: "https://shop.example" } },
    { name: "an allowed host's lookalike", params: { embed: "1", sb_origin: "https://www.acme.com.evil.example" }, form: FORM, expected: { reason: "origin_not_allowed", hostOrigin: "https://www.acme.com.evil.example" } },
    { name: "a form that allows no website", params: { embed: "1", sb_origin: "https://www.acme.com" }, form: { allowedOrigins: [] }, expected: { reason: "origin_not_allowed" } },
    { name: "no published form, even for an origin it would allow", params: { embed: "1", sb_origin: "https://www.acme.com" }, form: null, expected: { reason: "not_published", hostOrigin: "https://www.acme.com" } },
    { name: "transparent frames stay transparent", params: { embed: "1", sb_origin: "https://shop.example", sb_bg: "transparent" }, form: FORM, expected: { isTransparent: true } },
    // Not a frame embed.js made: the page behaves as before (the form, or Next's 404, under the form's CSP).
    { name: "the hosted page (no embed=1)", params: { sb_origin: "https://shop.example" }, form: FORM, expected: null },
    { name: "the hosted page of no form", params: {}, form: null, expected: null },
    { name: "no claimed origin", params: { embed: "1" }, form: null, expected: null },
    { name: "the opaque origin (a sandboxed or file: page)", params: { embed: "1", sb_origin: "null" }, form: FORM, expected: null },
    { name: "the wildcard", params: { embed: "1", sb_origin: "*" }, form: FORM, expected: null },
    { name: "not a web origin", params: { embed: "1", sb_origin: "javascript:alert(1)" }, form: FORM, expected: null },
    { name: "a header injection attempt", params: { embed: "1", sb_origin: "https://a.example; script-src *" }, form: FORM, expected: null },
    { name: "an origin with a path", params: { embed: "1", sb_origin: "https://shop.example/page" }, form: FORM, expected: null },
  ];
  it.each(cases)("$name", ({ params, form, expected }) => {
    const result = embedUnavailability("demo", query(params), form);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject({ slug: "demo", isTransparent: false, ...expected });
  });
});

describe("unavailableConsoleMessage", () => {
  it.each<[string, TEmbedUnavailable, string]>([
    [
      "a host not allowed: which site, which form, where to fix it",
      { reason: "origin_not_allowed", slug: "demo-contact", hostOrigin: "https://shop.example", isTransparent: false },
      `Switchboard: this site (https://shop.example) is not allowed to embed form 'demo-contact'. Add https://shop.example on the form's Share page under "Websites allowed to embed".`,
    ],
    [
      "no published form",
      { reason: "not_published", slug: "x", hostOrigin: "https://shop.example", isTransparent: false },
      "Switchboard: no published form 'x'. Check the slug in the embed snippet (data-switchboard) and that the form is published.",
    ],
    [
      "a slug with line breaks and quotes stays one line",
      { reason: "not_published", slug: "a\nb\"c", hostOrigin: "https://shop.example", isTransparent: false },
      "Switchboard: no published form 'a\\nb\\\"c'. Check the slug in the embed snippet (data-switchboard) and that the form is published.",
    ],
  ])("%s", (_name, notice, expected) => {
    expect(unavailableConsoleMessage(notice)).toBe(expected);
  });

  it("a very long slug is shortened", () => {
    const message = unavailableConsoleMessage({ reason: "not_published", slug: "s".repeat(500), hostOrigin: "https://shop.example", isTransparent: false });
    expect(message).toContain(`'${"s".repeat(100)}'`);
  });
});
