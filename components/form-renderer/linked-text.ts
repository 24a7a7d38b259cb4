// An end screen's text with its web addresses as links: a marketer writes "our guides at
// https://example.com/resources" and the prospect can open it. Only whole words that the URL
// parser reads as http(s) addresses become links (never javascript:, data: or mailto:); a
// sentence's closing punctuation stays text. The parts are rendered as React text and anchors,
// never as HTML.

export type TTextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const LEADING_PUNCTUATION = /^[(["'«“‘]+/;
const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", ")", "]", "'", '"', "»", "”", "’"]);

function webAddress(word: string): string | null {
  if (!/^https?:\/\//i.test(word)) return null;
  try {
    const url = new URL(word);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") ? url.href : null;
  } catch {
    return null;
  }
}

/** Where a word's address ends: closing punctuation is the sentence's, a ")" kept only when the address opened one. */
function addressLength(word: string): number {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1]!)) {
    const char = word[end - 1]!;
    const opened = word.slice(0, end - 1).split("(").length - 1;
    const closed = word.slice(0, end - 1).split(")").length - 1;
    if (char === ")" && opened > closed) break;
    end -= 1;
  }
  return end;
}

export function linkedText(text: string): TTextPart[] {
  const parts: TTextPart[] = [];
  const pushText = (chunk: string) => {
    if (!chunk) return;
    const last = parts[parts.length - 1];
    if (last?.kind === "text") last.text += chunk;
    else parts.push({ kind: "text", text: chunk });
  };
  for (const piece of text.split(/(\s+)/)) {
    const opening = piece.length - piece.replace(LEADING_PUNCTUATION, "").length;
    const word = piece.slice(opening);
    const length = addressLength(word);
    const href = length > 0 ? webAddress(word.slice(0, length)) : null;
    if (!href) {
      pushText(piece);
      continue;
    }
    pushText(piece.slice(0, opening));
    parts.push({ kind: "link", text: word.slice(0, length), href });
    pushText(word.slice(length));
  }
  return parts;
}
