// The notice an embed frame gets in place of a form it cannot show: its text, its link, what
// it may post and who may frame it — and that nothing a URL carries becomes markup or script.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TEmbedUnavailable } from "../domain/embed/embed-availability";
import { embedNoticeResponse } from "./embed-notice";

const NOT_ALLOWED: TEmbedUnavailable = { reason: "origin_not_allowed", slug: "demo", hostOrigin: "https://shop.example", isTransparent: false };
const MISSING: TEmbedUnavailable = { reason: "not_published", slug: "no-such-form", hostOrigin: "https://shop.example", isTransparent: false };

const sha = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
const inner = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]!);

describe("embedNoticeResponse", () => {
  it("a host not allowed: 403, a neutral sentence, the hosted form in a new tab, the cause in the console", async () => {
    const response = embedNoticeResponse(NOT_ALLOWED);
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain("This form can&#39;t be shown here.");
    expect(html).toContain('<a href="/f/demo" target="_blank" rel="noopener">Open the form</a>');
    expect(html).toContain('data-host="https://shop.example"');
    expect(html).toContain("data-log=\"Switchboard: this site (https://shop.example) is not allowed to embed form &#39;demo&#39;.");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-frame-options")).toBeNull();
  });

  it("no published form: 404, no link", async () => {
    const response = embedNoticeResponse(MISSING);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("This form isn&#39;t available.");
    expect(html).not.toContain("<a ");
    expect(html).toContain("Switchboard: no published form &#39;no-such-form&#39;.");
  });

  it("only the host origin may frame it; only its own script and style run (by hash)", async () => {
    for (const notice of [NOT_ALLOWED, MISSING, { ...NOT_ALLOWED, isTransparent: true }]) {
      const response = embedNoticeResponse(notice);
      const html = await response.text();
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toContain("frame-ancestors https://shop.example");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain(`script-src ${sha(inner(html, "script")[0]!)}`);
      expect(csp).toContain(`style-src ${sha(inner(html, "style")[0]!)}`);
      expect(csp).not.toContain("unsafe-inline");
    }
  });

  it("it posts its height and Escape to the host origin only, never to *", async () => {
    const script = inner(await embedNoticeResponse(NOT_ALLOWED).text(), "script")[0]!;
    expect(script).toContain("parent.postMessage(message, data.host)");
    expect(script).toContain('type: "resize"');
    expect(script).not.toContain('"*"');
  });

  it("transparent: no background of its own", async () => {
    expect(await embedNoticeResponse({ ...NOT_ALLOWED, isTransparent: true }).text()).toContain("background:transparent");
    expect(await embedNoticeResponse(NOT_ALLOWED).text()).toContain("background:#fff");
  });

  it("attack: a slug with markup is text, in the page and in the console line", async () => {
    const html = await embedNoticeResponse({ ...MISSING, slug: `x"><img src=x onerror=alert(1)><script>alert(2)</script>` }).text();
    expect(html).not.toContain("<img");
    expect(inner(html, "script")).toHaveLength(1);
    const link = await embedNoticeResponse({ ...NOT_ALLOWED, slug: `a"b` }).text();
    expect(link).toContain('href="/f/a%22b"');
  });
});
