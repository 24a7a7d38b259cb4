// Renders a template to subject, HTML and plain text. React escapes every prop in the HTML; the
// plain text is derived from that HTML and any tag-like text left in it (a user typing "<b>" in
// their name) is removed, so the text part never carries markup.
import { createElement } from "react";
import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import type { TEmailTemplateDefinition } from "./templates/define-template";
import { EMAIL_TEMPLATES, type TEmailTemplate } from "./templates";

export interface TRenderedEmail {
  subject: string;
  html: string;
  text: string;
}

// @react-email/render's toPlainText(html) is html-to-text's convert with these options, which
// compiles them (selectors, formatters) on every call; compiled once here, same output.
const compiledToText = compile({ wordwrap: false, selectors: [...plainTextSelectors] });

/** The plain text of rendered email HTML, as @react-email/render's toPlainText(html) makes it. */
export function htmlToPlainText(html: string): string {
  return compiledToText(html);
}

const TAG_LIKE = /<\/?[a-zA-Z!?][^<>]*>/g;

export function stripTags(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(TAG_LIKE, "");
  } while (current !== previous);
  return current;
}

export async function renderEmail(template: TEmailTemplate): Promise<TRenderedEmail> {
  const definition = EMAIL_TEMPLATES[template.name] as TEmailTemplateDefinition<typeof template.props>;
  const element = createElement(definition.Component, template.props);
  // One React render: the text is made from the same markup (what render(…, { plainText: true })
  // does after rendering the element a second time; a unit test compares the two).
  const html = await render(element);
  const rawText = htmlToPlainText(html);
  const subject = definition.subject(template.props).replace(/[\r\n]+/g, " ").trim();
  return { subject, html, text: stripTags(rawText).trim() };
}
