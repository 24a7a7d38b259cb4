// The three ways to put a form on a website, as the Share page shows them and the embed demo
// (npm run embed:demo) serves them. Pure: the app's public URL and the form's slug in, HTML out.
// The slug is a URL-safe form slug; it is escaped anyway, like every value put into markup.

export interface TEmbedSnippets {
  /** The form in the page's flow, its first step's height reserved. */
  inline: string;
  /** Any element opens the form in a modal dialog. */
  popup: string;
  /** The queue stub (calls made before embed.js arrives are kept) and examples. */
  api: string;
}

/** Height reserved for an inline form until it reports its own (no layout shift on load). */
export const RESERVED_INLINE_HEIGHT = 560;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function embedScriptTag(appUrl: string): string {
  return `<script async src="${escapeHtml(appUrl.replace(/\/+$/, ""))}/embed.js"></script>`;
}

export function embedSnippets(appUrl: string, slug: string): TEmbedSnippets {
  const script = embedScriptTag(appUrl);
  const s = escapeHtml(slug);
  const js = JSON.stringify(slug).replace(/</g, "\\u003c");
  return {
    inline: `<div data-switchboard="${s}" style="min-height:${RESERVED_INLINE_HEIGHT}px"></div>\n${script}`,
    popup: `<button type="button" data-switchboard-popup="${s}">Talk to sales</button>\n${script}`,
    api: [
      "<script>",
      "  window.Switchboard = window.Switchboard || function () { (Switchboard.q = Switchboard.q || []).push(arguments); };",
      `  Switchboard("on", "submitted", function (event) { console.log("lead", event.leadId, event.outcome); });`,
      `  function openForm() { Switchboard("open", ${js}, { prefill: { email: "ada@example.com" }, hidden: { plan: "pro" } }); }`,
      "</script>",
      `<button type="button" onclick="openForm()">Start a Pro trial</button>`,
      script,
    ].join("\n"),
  };
}
