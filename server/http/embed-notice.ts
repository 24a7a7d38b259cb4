// The notice an embed.js frame gets in place of a form it cannot show (why: server/domain/embed/
// embed-availability.ts). A tiny self-contained page, served by proxy.ts before Next renders:
//   - the prospect reads one neutral sentence, and "Open the form" (the hosted page, new tab)
//     when the form exists;
//   - the marketer's developer console gets a console.error naming the cause;
//   - the loader on the host page gets the notice's height (protocol "resize"), so the frame
//     shrinks to it instead of staying a 480 px box; Escape inside asks a popup to close; focus
//     arriving tells the loader (a popup in front takes it back).
// It posts only to the host origin it names and may be framed only by that origin. It holds no
// form content, no form name, no allowed-origins list; text reaches it escaped, the script is a
// constant (allowed by its hash) that reads the values from data attributes as text.
import crypto from "node:crypto";
import { OPEN_FORM_TEXT, UNAVAILABLE_TEXT, unavailableConsoleMessage, type TEmbedUnavailable } from "../domain/embed/embed-availability";

const SCRIPT = `(function () {
  var data = document.body.dataset, box = document.querySelector("main");
  console.error(data.log);
  function post(message) { message.sb = 1; if (parent !== window) parent.postMessage(message, data.host); }
  new ResizeObserver(function () { post({ type: "resize", height: Math.ceil(box.getBoundingClientRect().height) }); }).observe(box);
  addEventListener("keydown", function (event) { if (event.key === "Escape") post({ type: "close" }); });
  addEventListener("focus", function () { post({ type: "focus" }); });
})();`;

const sha256 = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
const SCRIPT_HASH = sha256(SCRIPT);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The notice page's HTML and its style (for the CSP hash). */
export function embedNoticeHtml(notice: TEmbedUnavailable): { html: string; style: string } {
  const style =
    `html,body{margin:0;background:${notice.isTransparent ? "transparent" : "#fff"}}` +
    "main{box-sizing:border-box;margin:0;padding:20px 16px;border:1px solid #e2e8f0;border-radius:8px;font:15px/1.5 system-ui,sans-serif;color:#475569;text-align:center}" +
    "p{margin:0}a{color:#0f172a;font-weight:600}";
  const link = notice.reason === "origin_not_allowed" ? ` <a href="/f/${escapeHtml(encodeURIComponent(notice.slug))}" target="_blank" rel="noopener">${OPEN_FORM_TEXT}</a>` : "";
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>Form unavailable</title><style>${style}</style></head>` +
    `<body data-host="${escapeHtml(notice.hostOrigin)}" data-log="${escapeHtml(unavailableConsoleMessage(notice))}">` +
    `<main data-embed-notice="${notice.reason}"><p>${escapeHtml(UNAVAILABLE_TEXT[notice.reason])}${link}</p></main>` +
    `<script>${SCRIPT}</script></body></html>`;
  return { html, style };
}

/** The notice as a response: 403 (origin not allowed) or 404 (no published form), framable only by the host origin. */
export function embedNoticeResponse(notice: TEmbedUnavailable): Response {
  const { html, style } = embedNoticeHtml(notice);
  const csp = [
    "default-src 'none'",
    `script-src ${SCRIPT_HASH}`,
    `style-src ${sha256(style)}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${notice.hostOrigin}`,
  ].join("; ");
  return new Response(html, {
    status: notice.reason === "origin_not_allowed" ? 403 : 404,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": csp,
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-robots-tag": "noindex",
    },
  });
}
