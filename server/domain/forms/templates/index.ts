// Form templates offered when creating a form ("blank" is the service's default draft).
import { CONTACT_SALES_TEMPLATE } from "./contact-sales";
import { DEMO_REQUEST_TEMPLATE } from "./demo-request";
import type { TFormTemplate } from "./form-template";
import { WEBINAR_TEMPLATE } from "./webinar";

export type { TFormTemplate } from "./form-template";

export const TEMPLATE_KEYS = ["blank", "demo_request", "contact_sales", "webinar"] as const;
export type TTemplateKey = (typeof TEMPLATE_KEYS)[number];

export const FORM_TEMPLATES: Record<Exclude<TTemplateKey, "blank">, TFormTemplate> = {
  demo_request: DEMO_REQUEST_TEMPLATE,
  contact_sales: CONTACT_SALES_TEMPLATE,
  webinar: WEBINAR_TEMPLATE,
};

/** For the "New form" picker. */
export const TEMPLATE_CHOICES: readonly { key: TTemplateKey; label: string; description: string }[] = [
  { key: "blank", label: "Blank", description: "Start with a work email, a name and a company." },
  ...Object.values(FORM_TEMPLATES).map((t) => ({ key: t.key as TTemplateKey, label: t.label, description: t.description })),
];
