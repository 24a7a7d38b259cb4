// One file per email template: a subject line and a React Email component over typed props.
// Props are rendered by React, which escapes them; templates never use dangerouslySetInnerHTML.
import type { ReactElement } from "react";

export interface TEmailTemplateDefinition<TProps> {
  subject: (props: TProps) => string;
  Component: (props: TProps) => ReactElement;
}

export function defineTemplate<TProps>(definition: TEmailTemplateDefinition<TProps>): TEmailTemplateDefinition<TProps> {
  return definition;
}
