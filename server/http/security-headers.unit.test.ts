import { describe, expect, it } from "vitest";
import { formFramingHeaders } from "./security-headers";

describe("formFramingHeaders", () => {
  it.each([
    {
      name: "attack: a form with no allowed origins is framed by another site — 'none' and DENY",
      origins: [],
      csp: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
      xfo: "DENY",
    },
    {
      name: "allowed origins are listed exactly, no X-Frame-Options (it cannot list origins)",
      origins: ["https://www.customer.example", "http://localhost:8080"],
      csp: "frame-ancestors https://www.customer.example http://localhost:8080; base-uri 'self'; object-src 'none'",
      xfo: undefined,
    },
    {
      name: "a value that is not a plain origin never reaches the header (no directive injection)",
      origins: ["https://a.example; script-src *", "*"],
      csp: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
      xfo: "DENY",
    },
  ])("$name", ({ origins, csp, xfo }) => {
    const headers = formFramingHeaders(origins);
    expect(headers["content-security-policy"]).toBe(csp);
    expect(headers["x-frame-options"]).toBe(xfo);
  });
});
