// Every email template, by name. To add one: create `<name>.tsx` with defineTemplate() and add
// it to EMAIL_TEMPLATES; TEmailTemplate (the argument of sendEmail) picks it up.
import type { TEmailTemplateDefinition } from "./define-template";
import { bookingInviteTemplate } from "./booking-invite";
import { bookingLinkTemplate } from "./booking-link";
import { bookingTimeRequestTemplate } from "./booking-time-request";
import { inviteTemplate } from "./invite";
import { magicLinkTemplate } from "./magic-link";
import { nurtureStepTemplate } from "./nurture-step";
import { repAlertTemplate } from "./rep-alert";
import { reviewRequestTemplate } from "./review-request";
import { webhookEndpointDisabledTemplate } from "./webhook-endpoint-disabled";

export const EMAIL_TEMPLATES = {
  "magic-link": magicLinkTemplate,
  invite: inviteTemplate,
  "rep-alert": repAlertTemplate,
  "review-request": reviewRequestTemplate,
  "booking-invite": bookingInviteTemplate,
  /** The same email to the rep: it names the lead, so it goes to members only (lead-email-recipients.ts). */
  "booking-invite-rep": bookingInviteTemplate,
  "booking-time-request": bookingTimeRequestTemplate,
  /** To the prospect: the booking link when routing finished after the end screen stopped waiting. */
  "booking-link": bookingLinkTemplate,
  "webhook-endpoint-disabled": webhookEndpointDisabledTemplate,
  /** Non-transactional: never sent to a suppressed address (deliver-email.ts). */
  "nurture-step": nurtureStepTemplate,
  /** "Send a test to me" from the sequence editor: to the signed-in editor, transactional. */
  "nurture-test": nurtureStepTemplate,
} as const;

type TTemplates = typeof EMAIL_TEMPLATES;
export type TEmailTemplateName = keyof TTemplates;

type TPropsOf<T> = T extends TEmailTemplateDefinition<infer P> ? P : never;

/** A template name with its props, e.g. { name: "magic-link", props: { url, host } }. */
export type TEmailTemplate = {
  [K in TEmailTemplateName]: { name: K; props: TPropsOf<TTemplates[K]> };
}[TEmailTemplateName];

export type { TBookingInviteProps } from "./booking-invite";
export type { TInviteProps } from "./invite";
export type { TMagicLinkProps } from "./magic-link";
export type { TNurtureStepProps } from "./nurture-step";
export type { TRepAlertProps } from "./rep-alert";
export type { TReviewRequestProps } from "./review-request";
