// Every email template, by name. To add one: create `<name>.tsx` with defineTemplate() and add
// it to EMAIL_TEMPLATES; TEmailTemplate (the argument of sendEmail) picks it up.
import type { TEmailTemplateDefinition } from "./define-template";
import { inviteTemplate } from "./invite";
import { magicLinkTemplate } from "./magic-link";
import { repAlertTemplate } from "./rep-alert";
import { reviewRequestTemplate } from "./review-request";

export const EMAIL_TEMPLATES = {
  "magic-link": magicLinkTemplate,
  invite: inviteTemplate,
  "rep-alert": repAlertTemplate,
  "review-request": reviewRequestTemplate,
} as const;

type TTemplates = typeof EMAIL_TEMPLATES;
export type TEmailTemplateName = keyof TTemplates;

type TPropsOf<T> = T extends TEmailTemplateDefinition<infer P> ? P : never;

/** A template name with its props, e.g. { name: "magic-link", props: { url, host } }. */
export type TEmailTemplate = {
  [K in TEmailTemplateName]: { name: K; props: TPropsOf<TTemplates[K]> };
}[TEmailTemplateName];

export type { TInviteProps } from "./invite";
export type { TMagicLinkProps } from "./magic-link";
export type { TRepAlertProps } from "./rep-alert";
export type { TReviewRequestProps } from "./review-request";
