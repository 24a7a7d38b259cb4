// Which browser may post a form's submissions (POST /api/v1/forms/{slug}/submissions). Decided
// before anything else is read — the body, the form's validation, the rate limit — so a page on a
// website the form does not allow learns nothing about the form: a 403, the same as its preflight.
// Allowed: no Origin at all (a server-to-server caller; CORS is a browser's matter), one of the
// form's allowed origins (Share page), or the app's own pages (the hosted form /f/<slug>, also when
// embedded: its frame is on the app's origin). The app's own origin is recognised by the browser's
// `Sec-Fetch-Site: same-origin`, or by the Origin being the request's own origin or APP_URL's
// (browsers that send no Sec-Fetch-* headers). Pure.
import { normalizeOrigin } from "./origins";

export const ORIGIN_REFUSED_MESSAGE = "This website is not allowed to use this form: add its origin on the form's Share page";

export interface TSubmissionOrigin {
  /** The request's Origin header, or null. */
  origin: string | null;
  /** The request's Sec-Fetch-Site header, or null. */
  fetchSite: string | null;
  /** The form's allowed origins (normalised); none for an unknown or unpublished form. */
  allowedOrigins: readonly string[];
  /** The app's own origins: the request URL's and APP_URL's. */
  ownOrigins: readonly string[];
}

/** True when a browser on another website than the form allows sent the request. */
export function isSubmissionOriginRefused({ origin, fetchSite, allowedOrigins, ownOrigins }: TSubmissionOrigin): boolean {
  if (origin === null) return false;
  if (fetchSite?.trim().toLowerCase() === "same-origin") return false;
  const normalized = normalizeOrigin(origin);
  if (!normalized.ok) return true; // "null" (a sandboxed frame, a file:// page) or garbage
  const own = ownOrigins.map((o) => normalizeOrigin(o)).flatMap((o) => (o.ok ? [o.origin] : []));
  return !allowedOrigins.includes(normalized.origin) && !own.includes(normalized.origin);
}
