// Renders a template to subject, HTML and plain text. React escapes every prop in the HTML; the
// plain text is derived from that HTML and any tag-like text left in it (a user typing "<b>" in
// their name) is removed, so the text part never carries markup.
import { createElement } from "react";
import { render } from "@react-email/render";
import type { TEmailTemplateDefinition } from "./templates/define-template";
import { EMAIL_TEMPLATES, type TEmailTemplate } from "./templates";

export interface TRenderedEmail {
  subject: string;
  html: string;
  text: string;
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
  const [html, rawText] = await Promise.all([render(element), render(element, { plainText: true })]);
  const subject = definition.subject(template.props).replace(/[\r\n]+/g, " ").trim();
  return { subject, html, text: stripTags(rawText).trim() };
}
