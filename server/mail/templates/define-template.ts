// One file per email template: a subject line and a React Email component over typed props.
// Props are rendered by React, which escapes them; templates never use dangerouslySetInnerHTML.
import type { ReactElement } from "react";

export interface TEmailTemplateDefinition<TProps> {
  subject: (props: TProps) => string;
  /**
   * The plain-text part, written by the template (email-text.ts) for an email sent often (the rep
   * alert): the text html-to-text would make of its HTML, without parsing the HTML on every send.
   * Absent: made from the HTML (render-email.ts). A template that has it is in the unit test
   * that holds it to the HTML's text (template-text.unit.test.ts).
   */
  text?: (props: TProps) => string;
  /**
   * An email a prospect gets on behalf of a workspace: the workspace's name, shown as the From's
   * display name (from-header.ts: "Acme via Switchboard <MAIL_FROM's address>"). Absent: our own
   * email to a member, sent under the configured From.
   */
  senderName?: (props: TProps) => string | null;
  Component: (props: TProps) => ReactElement;
}

export function defineTemplate<TProps>(definition: TEmailTemplateDefinition<TProps>): TEmailTemplateDefinition<TProps> {
  return definition;
}
