// A sample website on another origin that embeds a form the three ways (server/domain/embed/
// snippets.ts) and lists the events the host page receives. Served by `npm run embed:demo` and
// by the e2e embed journeys (which add pages of their own). Plain HTML, no build step.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { embedSnippets } from "../../domain/embed/snippets";

export interface TEmbedDemoSite {
  origin: string;
  close: () => Promise<void>;
}

/** Records every switchboard:* event in window.__events and in the visible list #events. */
export const EVENT_LOG_SCRIPT = `<script>
  window.__events = [];
  ["ready", "step", "submitted", "booked", "closed"].forEach(function (type) {
    document.addEventListener("switchboard:" + type, function (event) {
      window.__events.push({ type: type, detail: event.detail, from: event.target === document ? "document" : event.target.id || event.target.tagName.toLowerCase() });
      var item = document.createElement("li");
      item.textContent = type + " " + JSON.stringify(event.detail);
      document.getElementById("events").append(item);
    });
  });
</script>`;

export function embedDemoPage(appUrl: string, slug: string): string {
  const snippets = embedSnippets(appUrl, slug);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Inc. — Switchboard embed demo</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 760px; padding: 24px; color: #0f172a; background: #f1f5f9; }
  section { background: #fff; border-radius: 12px; padding: 16px 20px; margin: 16px 0; }
  button { font: inherit; padding: 8px 16px; border-radius: 8px; border: 1px solid #334155; background: #0f172a; color: #fff; cursor: pointer; }
  code { font-size: 13px; }
</style>
${EVENT_LOG_SCRIPT}
</head>
<body>
<h1>Acme Inc.</h1>
<p>A sample website on <em>another origin</em> than Switchboard (${escapeText(appUrl)}). It embeds the form
<code>${escapeText(slug)}</code> three ways; the form allows this origin on its Share page (the seeded demo
form does in development). Add <code>?utm_source=newsletter</code> to this page's address and the lead keeps it.</p>
<section id="inline-section">
<h2>1. Inline</h2>
${snippets.inline}
</section>
<section>
<h2>2. Popup</h2>
${snippets.popup.replace(/<button /, '<button id="popup-trigger" ')}
</section>
<section>
<h2>3. JavaScript API</h2>
${snippets.api.replace(/<button /, '<button id="api-trigger" ')}
</section>
<section>
<h2>Events received by this page</h2>
<ol id="events" aria-live="polite"></ol>
</section>
</body>
</html>`;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Serves the demo page at / (any query) and the pages `extraPages(origin)` gives by path, on
 * hostname:port (0 = any free port).
 */
export async function startEmbedDemoSite(options: { appUrl: string; slug?: string; port: number; hostname?: string; extraPages?: (origin: string) => Record<string, string> }): Promise<TEmbedDemoSite> {
  const hostname = options.hostname ?? "127.0.0.1";
  const home = embedDemoPage(options.appUrl, options.slug ?? "demo");
  let origin = "";
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://host").pathname;
    const body = path === "/" ? home : options.extraPages?.(origin)[path];
    res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(body ?? "not found");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, hostname, resolve);
  });
  origin = `http://${hostname}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
