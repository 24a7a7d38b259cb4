// The Share page's embed snippets (server/domain/embed/snippets.ts): inline, popup and the
// JavaScript API, each copyable, plus the events and the allowed-origins rule in a sentence.
import { CopyButton } from "@/components/forms/copy-button";
import { copySnippetLabel } from "@/components/forms/copy-label";
import { embedSnippets } from "@/server/domain/embed/snippets";

const MODES = [
  { key: "inline", title: "Inline", help: "The form sits in your page where you put the element; its height follows each step." },
  { key: "popup", title: "Popup", help: "Any element with data-switchboard-popup opens the form in a dialog (Escape or × closes it)." },
  { key: "api", title: "JavaScript API", help: "Open the form from your own code with prefilled answers and hidden values; listen to its events." },
] as const;

export function EmbedSnippets({ appUrl, slug, hasAllowedOrigins }: { appUrl: string; slug: string; hasAllowedOrigins: boolean }) {
  const snippets = embedSnippets(appUrl, slug);
  return (
    <div className="space-y-6">
      {!hasAllowedOrigins && (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          No website may embed this form yet: add yours under “Websites allowed to embed” below, or the embed stays empty there.
        </p>
      )}
      {MODES.map((mode) => (
        <div key={mode.key} className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h3 id={`snippet-${mode.key}`} className="text-sm font-semibold text-slate-900">{mode.title}</h3>
            <CopyButton text={snippets[mode.key]} label={copySnippetLabel(mode.title)} />
          </div>
          <p className="text-sm text-slate-600">{mode.help}</p>
          <pre aria-labelledby={`snippet-${mode.key}`} className="overflow-x-auto rounded-md bg-slate-900 p-4 text-xs leading-relaxed text-slate-100">
            <code>{snippets[mode.key]}</code>
          </pre>
        </div>
      ))}
      <p className="text-sm text-slate-600">
        Events for your analytics: <code>switchboard:ready</code>, <code>switchboard:step</code> (step index),{" "}
        <code>switchboard:submitted</code> (lead id and outcome, never the score), <code>switchboard:booked</code> (the prospect booked a
        meeting on the end screen: lead id) and <code>switchboard:closed</code>, dispatched on
        the container and passed to <code>Switchboard(&quot;on&quot;, type, fn)</code>. Campaign parameters (utm_*, gclid, fbclid) of
        your page reach the lead. Prefill with <code>data-prefill-&lt;field key&gt;</code>, hidden values with{" "}
        <code>data-hidden-&lt;name&gt;</code>.
      </p>
    </div>
  );
}
