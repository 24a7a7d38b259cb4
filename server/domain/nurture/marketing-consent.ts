// Marketing consent: may this lead get nurture (marketing) email? Enrolment in a sequence requires
// it (GDPR, CAN-SPAM); transactional email (booking confirmations, the late booking link) is not
// marketing and never asks. Consent is recorded two ways:
// - the API's explicit answer: `POST /api/v1/leads` with `consent: { marketing: true | false }`,
//   kept on the lead as its "nurture_consent" event. When given, it decides: a trusted source's
//   explicit no wins over a ticked box.
// - otherwise the form: a question of type "consent" answered true (ticked) among the lead's
//   answers. Answers are stored after the form's logic, so a consent question the prospect never
//   saw (a step skipped or hidden, the form ended before it: "not applicable") does not count.
// No form, no consent question, an unticked box: no consent. Pure: the stored JSON is read
// structurally (no schema parse under the routing lock).

/** The lead event holding the leads API's explicit `consent: { marketing }` (data `{ marketing, via: "api" }`), written at intake. */
export const CONSENT_EVENT = "nurture_consent";

export type TMarketingConsent =
  | { hasConsent: true; via: "api" }
  | { hasConsent: true; via: "form_question"; fieldKey: string }
  | { hasConsent: false; via: "api" | "none" };

export interface TMarketingConsentInput {
  /** The lead's form version definition (stored JSON), or null for a lead without a form. */
  definition: unknown;
  /** The lead's answers after logic (stored JSON). */
  answers: unknown;
  /** The API's explicit `consent.marketing`, or null when none was given. */
  explicit: boolean | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The keys of the definition's consent questions, in form order. */
export function consentFieldKeys(definition: unknown): string[] {
  if (!isRecord(definition) || !Array.isArray(definition.steps)) return [];
  const keys: string[] = [];
  for (const step of definition.steps) {
    if (!isRecord(step) || !Array.isArray(step.fields)) continue;
    for (const field of step.fields) if (isRecord(field) && field.type === "consent" && typeof field.key === "string") keys.push(field.key);
  }
  return keys;
}

/**
 * The API's explicit `consent.marketing` among a lead's events as the intake writes them (the
 * lead in memory): the last CONSENT_EVENT's, as the stored lead's latest one is read; null when
 * there is none (or it holds no boolean).
 */
export function explicitConsentOf(events: readonly { type: string; data: unknown }[]): boolean | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type !== CONSENT_EVENT) continue;
    const marketing = isRecord(event.data) ? event.data.marketing : undefined;
    return typeof marketing === "boolean" ? marketing : null;
  }
  return null;
}

export function marketingConsentOf(input: TMarketingConsentInput): TMarketingConsent {
  if (input.explicit !== null) return input.explicit ? { hasConsent: true, via: "api" } : { hasConsent: false, via: "api" };
  const answers = isRecord(input.answers) ? input.answers : {};
  const ticked = consentFieldKeys(input.definition).find((key) => answers[key] === true);
  return ticked ? { hasConsent: true, via: "form_question", fieldKey: ticked } : { hasConsent: false, via: "none" };
}
