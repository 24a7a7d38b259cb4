// Renders a template to subject, HTML and plain text. React escapes every prop in the HTML; the
// plain text keeps what people typed as they typed it (a company "We use <Salesforce>" or a name
// "<img …>" reads the same in the text part): a text/plain part is never interpreted as markup,
// so removing tag-like text only lost data. The text is the template's own (its text(props), for
// the emails sent most: the rep alert, the review request) or else made from the HTML by
// html-to-text; a template's own text is that same text (template-text.unit.test.ts), made
// without parsing the HTML again (~0.2 ms of a rep alert's ~1 ms render).
//
// The HTML is React's static markup (renderToStaticMarkup: synchronous, one string) under the
// XHTML doctype @react-email/render puts on its documents. That library's render() goes through
// React's streaming renderer (Suspense support, which no template here uses) and reads the
// stream back: ~2× the CPU of the static render for a rep alert, the largest part of an alert's
// cost in the worker, and its markup carries the stream's comment markers (<!--$-->, <!-- -->),
// which an email does not need. Apart from those markers the documents are the same (unit test,
// every template case). A template that suspends throws here instead of rendering. react-dom/server
// is imported when the first email is rendered, as that library does: Next refuses a static import
// of it in a module its Server Components reach (send-email.ts is one).
import { createElement } from "react";
import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import type { TEmailTemplateDefinition } from "./templates/define-template";
import { EMAIL_TEMPLATES, type TEmailTemplate } from "./templates";

export interface TRenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** The workspace the email speaks for (its From's display name), or null: the configured From's. */
  senderName: string | null;
}

// @react-email/render's toPlainText(html) is html-to-text's convert with these options, which
// compiles them (selectors, formatters) on every call; compiled once here, same output.
const compiledToText = compile({ wordwrap: false, selectors: [...plainTextSelectors] });

/** The plain text of rendered email HTML, as @react-email/render's toPlainText(html) makes it. */
export function htmlToPlainText(html: string): string {
  return compiledToText(html);
}

// Imported once per process: under a module loader with hooks (tsx, the worker) every import()
// call would be resolved again.
let reactDomServer: Promise<typeof import("react-dom/server")> | undefined;

/** The doctype @react-email/render's documents carry (email clients' lowest common denominator). */
const XHTML_DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

export async function renderEmail(template: TEmailTemplate): Promise<TRenderedEmail> {
  const definition = EMAIL_TEMPLATES[template.name] as TEmailTemplateDefinition<typeof template.props>;
  const element = createElement(definition.Component, template.props);
  // One React render: the text is the template's own, or made from the same markup (what
  // render(…, { plainText: true }) does after rendering the element a second time; unit tests
  // compare both with it).
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  const html = XHTML_DOCTYPE + renderToStaticMarkup(element);
  const rawText = definition.text ? definition.text(template.props) : htmlToPlainText(html);
  const subject = definition.subject(template.props).replace(/[\r\n]+/g, " ").trim();
  return { subject, html, text: rawText.trim(), senderName: definition.senderName?.(template.props) ?? null };
}
