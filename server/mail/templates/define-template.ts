// One file per email template: a subject line and a React Email component over typed props.
// Props are rendered by React, which escapes them; templates never use dangerouslySetInnerHTML.
import type { ReactElement } from "react";

export interface TEmailTemplateDefinition<TProps> {
  subject: (props: TProps) => string;
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
