// A nurture email's Markdown body → our own blocks (paragraphs, headings, lists, rules; text runs
// that may be bold or italic; links), parsed with marked's lexer. Raw HTML in the Markdown is
// kept as visible text, never as markup; only http(s) and mailto links become links. The email
// template renders these blocks with React Email components, so no user HTML reaches an inbox.
// Merge fields are filled inside text runs after parsing (a lead's value cannot become markup),
// and links can be rewritten (click tracking) without touching the text.
import { Lexer, type Token, type Tokens } from "marked";
import { mergeText, type TMergeValues } from "./merge-fields";

export type TInline = { kind: "text"; text: string; bold?: boolean; italic?: boolean } | { kind: "link"; href: string; text: string };
export type TEmailBlock =
  | { kind: "paragraph"; inlines: TInline[] }
  | { kind: "heading"; level: 1 | 2 | 3; inlines: TInline[] }
  | { kind: "list"; ordered: boolean; items: TInline[][] }
  | { kind: "rule" };

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

function inlinesOf(tokens: readonly Token[] | undefined, style: { bold?: boolean; italic?: boolean } = {}): TInline[] {
  const out: TInline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        out.push(...inlinesOf((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case "em":
        out.push(...inlinesOf((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case "link": {
        const link = token as Tokens.Link;
        const text = plainOf(link.tokens) || link.href;
        out.push(SAFE_HREF.test(link.href) ? { kind: "link", href: link.href, text } : { kind: "text", text, ...style });
        break;
      }
      case "br":
        out.push({ kind: "text", text: "\n", ...style });
        break;
      case "text": {
        const text = token as Tokens.Text;
        if (text.tokens?.length) out.push(...inlinesOf(text.tokens, style));
        else out.push({ kind: "text", text: text.text, ...style });
        break;
      }
      case "codespan":
      case "escape":
        out.push({ kind: "text", text: (token as Tokens.Codespan).text, ...style });
        break;
      default:
        // html, images, strikethrough …: kept as the text the author typed
        out.push({ kind: "text", text: "raw" in token ? String(token.raw) : "", ...style });
    }
  }
  return out;
}

function plainOf(tokens: readonly Token[] | undefined): string {
  return inlinesOf(tokens).map((i) => i.text).join("");
}

function blocksOf(tokens: readonly Token[]): TEmailBlock[] {
  const blocks: TEmailBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "space":
        break;
      case "heading": {
        const heading = token as Tokens.Heading;
        blocks.push({ kind: "heading", level: Math.min(3, Math.max(1, heading.depth)) as 1 | 2 | 3, inlines: inlinesOf(heading.tokens) });
        break;
      }
      case "paragraph":
        blocks.push({ kind: "paragraph", inlines: inlinesOf((token as Tokens.Paragraph).tokens) });
        break;
      case "list": {
        const list = token as Tokens.List;
        blocks.push({ kind: "list", ordered: list.ordered, items: list.items.map((item) => item.tokens.flatMap((t) => (t.type === "text" || t.type === "paragraph" ? inlinesOf("tokens" in t && t.tokens?.length ? t.tokens : [t]) : [{ kind: "text" as const, text: t.raw }]))) });
        break;
      }
      case "blockquote":
        blocks.push(...blocksOf((token as Tokens.Blockquote).tokens));
        break;
      case "hr":
        blocks.push({ kind: "rule" });
        break;
      default:
        // code blocks, html blocks, tables: shown as the text typed, never as markup
        blocks.push({ kind: "paragraph", inlines: [{ kind: "text", text: token.raw.trim() }] });
    }
  }
  return blocks;
}

export function markdownToBlocks(markdown: string): TEmailBlock[] {
  return blocksOf(Lexer.lex(markdown, { gfm: true }));
}

function mapInlines(blocks: readonly TEmailBlock[], fn: (inline: TInline) => TInline): TEmailBlock[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case "paragraph":
      case "heading":
        return { ...block, inlines: block.inlines.map(fn) };
      case "list":
        return { ...block, items: block.items.map((item) => item.map(fn)) };
      default:
        return block;
    }
  });
}

/** Fills merge fields in text runs and link texts (never in addresses). */
export function mergeBlocks(blocks: readonly TEmailBlock[], values: TMergeValues): TEmailBlock[] {
  return mapInlines(blocks, (inline) => ({ ...inline, text: mergeText(inline.text, values) }));
}

/** Rewrites every http(s) link (click tracking: a signed redirect); mailto links stay. */
export function rewriteLinks(blocks: readonly TEmailBlock[], rewrite: (href: string, index: number) => string): TEmailBlock[] {
  let index = 0;
  return mapInlines(blocks, (inline) => (inline.kind === "link" && /^https?:/i.test(inline.href) ? { ...inline, href: rewrite(inline.href, index++) } : inline));
}

/** The links of the blocks, in order (what rewriteLinks numbers). */
export function linksOf(blocks: readonly TEmailBlock[]): string[] {
  const links: string[] = [];
  mapInlines(blocks, (inline) => {
    if (inline.kind === "link" && /^https?:/i.test(inline.href)) links.push(inline.href);
    return inline;
  });
  return links;
}
