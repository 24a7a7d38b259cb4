// Splits plain text into text and http(s) link segments, for showing an email's text part with
// clickable links (the dev mailbox). Pure; no HTML is produced here — React renders the parts.
export type TTextPart = { kind: "text"; text: string } | { kind: "link"; href: string };

export interface TLabelledLink {
  href: string;
  /** The words before the link on its line ("Sign in"), when there are any. */
  label: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

function isHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function linkifyText(text: string): TTextPart[] {
  const parts: TTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING_PUNCTUATION, "");
    if (!isHttpUrl(href)) continue;
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "link", href });
    last = match.index + href.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** Unique links of the text in order, each labelled by the text before it on its line. */
export function labelledLinks(text: string): TLabelledLink[] {
  const seen = new Map<string, TLabelledLink>();
  for (const line of text.split("\n")) {
    let before = "";
    for (const part of linkifyText(line)) {
      if (part.kind === "text") {
        before = part.text;
        continue;
      }
      const label = before.trim().replace(/:$/, "").trim();
      if (!seen.has(part.href)) seen.set(part.href, { href: part.href, label: label && label.length <= 60 ? label : null });
      before = "";
    }
  }
  return [...seen.values()];
}
