// The plain-text part of an email, written by its template instead of converted from its HTML
// (html-to-text parses the whole document on every send: for a rep alert ~0.2 ms of the worker's
// CPU, more than the rest of the text's making many times over). The text is the one html-to-text
// makes of the same email (EmailLayout's frame around the template's paragraphs), character for
// character: the templates' unit test (template-text.unit.test.ts) holds every case to it.
//
// What people typed stays as they typed it (a company "We use <Salesforce>" reads the same): this
// is text/plain, never markup. As in the HTML's rendering, a run of whitespace in a paragraph is
// one space, so a value with line breaks cannot start a line of its own in the email (a forged
// "Open the lead: …" line). Pure string work, no rendering.
import { PLATFORM_NAME } from "./email-layout";

/** The characters html-to-text collapses to one space (its whitespaceCharacters): not NBSP, not other Unicode spaces. */
const WHITESPACE_RUN = /[ \t\r\n\f\u200b]+/g;
const EDGE_WHITESPACE = /^[ \t\r\n\f\u200b]+|[ \t\r\n\f\u200b]+$/g;

/** A horizontal rule (<Hr />) as html-to-text writes it. */
export const TEXT_RULE = "-".repeat(40);

/** One paragraph as text: runs of whitespace made one space, none at its ends ("" when nothing is left). */
export function textParagraph(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").replace(EDGE_WHITESPACE, "");
}

/** A link button (<Button href>label</Button>): its label, then its address. */
export function textButton(label: string, href: string): string {
  return `${label} ${href}`;
}

/** A paragraph (a <Text>, even an empty one), or none (a condition that did not hold: null, false, undefined). */
export type TTextBlock = string | null | false | undefined;

/**
 * The email's text as EmailLayout frames it: the brand, the template's paragraphs, a rule, the
 * footer (and "Powered by Switchboard" under a workspace's brand), one blank line between
 * paragraphs. An empty paragraph (a <Text> with nothing in it, "" here) is an empty line, as
 * html-to-text writes an empty <p>; a paragraph the HTML does not render is null.
 */
export function emailText(frame: { footer: string; brand?: string | null }, blocks: readonly TTextBlock[]): string {
  const brand = frame.brand?.trim() || PLATFORM_NAME;
  const paragraphs = [brand, ...blocks, TEXT_RULE, frame.footer, brand !== PLATFORM_NAME && `Powered by ${PLATFORM_NAME}`];
  return paragraphs
    .filter((b): b is string => typeof b === "string")
    .map(textParagraph)
    .join("\n\n");
}
