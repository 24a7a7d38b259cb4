// Facts drawn from a validated submission: who the person is, where they came from, and whether
// it looks like a bot. Pure functions over the definition and the typed answers.
import { allFields, type TAnswers, type TFormDefinition } from "../forms/definition";
import { MIN_FILL_TIME_MS, HONEYPOT_FIELD, type TSubmissionRequest } from "../forms/submission-contract";

export interface TPersonFacts {
  email: string;
  name: string | null;
  company: string | null;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** The person behind the answers: the first email field's value (lower-cased); null without one. */
export function personFromAnswers(definition: TFormDefinition, answers: TAnswers): TPersonFacts | null {
  const emailField = allFields(definition).find((f) => f.type === "email" && text(answers[f.key]));
  if (!emailField) return null;
  const email = text(answers[emailField.key])!.toLowerCase();
  return { email, ...contactFromAnswers(answers) };
}

/**
 * The name and company the answers give, by their keys (name, full_name, else first_name +
 * last_name; company, else company_name), each at most 200 characters; with or without an email
 * (a form's or a form-less lead's answers alike): who a lead shows when nobody gave an email.
 */
export function contactFromAnswers(answers: Record<string, unknown>): { name: string | null; company: string | null } {
  const joined = [text(answers.first_name), text(answers.last_name)].filter(Boolean).join(" ");
  const name = text(answers.name) ?? text(answers.full_name) ?? (joined || null);
  const company = text(answers.company) ?? text(answers.company_name);
  return { name: name?.slice(0, 200) ?? null, company: company?.slice(0, 200) ?? null };
}

const UTM_KEY = /^(utm_[a-z0-9_]+|gclid|fbclid)$/;
/** The longest utm_* (gclid, fbclid) value a lead keeps: filters on one take as long a value. */
export const MAX_UTM_VALUE = 500;

/**
 * Attribution: utm_*, gclid and fbclid from hidden fields (by their source parameter, else key), then any
 * still missing from the page URL's query; plus the page URL itself. Referrer: the context's, else
 * a hidden "referrer" field's.
 */
export function attributionOf(definition: TFormDefinition, answers: TAnswers, context: TSubmissionRequest["context"]) {
  const utm: Record<string, string> = {};
  let hiddenReferrer: string | null = null;
  for (const field of allFields(definition)) {
    if (field.type !== "hidden") continue;
    const name = (field.source ?? field.key).toLowerCase();
    const value = text(answers[field.key]);
    if (!value) continue;
    if (UTM_KEY.test(name)) utm[name] ??= value.slice(0, MAX_UTM_VALUE);
    if (name === "referrer") hiddenReferrer = value.slice(0, 2000);
  }
  const pageUrl = text(context?.pageUrl);
  if (pageUrl) {
    for (const [name, value] of queryParams(pageUrl)) {
      const lower = name.toLowerCase();
      if (UTM_KEY.test(lower) && value.trim()) utm[lower] ??= value.trim().slice(0, MAX_UTM_VALUE);
    }
    utm.pageUrl = pageUrl;
  }
  return { utm, referrer: text(context?.referrer) ?? hiddenReferrer };
}

function queryParams(url: string): [string, string][] {
  try {
    return [...new URL(url).searchParams.entries()];
  } catch {
    return [];
  }
}

/**
 * "honeypot" when the hidden trap was filled, "too_fast" when sent under MIN_FILL_TIME_MS after
 * opening. The browser-measured fill time wins; startedAt (compared with the server's clock) is
 * the fallback for clients that only send it.
 */
export function spamReasonOf(request: TSubmissionRequest, now: Date): "honeypot" | "too_fast" | null {
  if (request[HONEYPOT_FIELD]?.trim()) return "honeypot";
  const { fillTimeMs, startedAt } = request.context ?? {};
  const elapsed = fillTimeMs ?? (startedAt ? now.getTime() - new Date(startedAt).getTime() : null);
  if (elapsed !== null && elapsed < MIN_FILL_TIME_MS) return "too_fast";
  return null;
}
