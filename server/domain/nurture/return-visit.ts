// Return visits: a tracked link whose target is one of our hosted form pages (/f/<slug> on the
// app's own origin) brings the lead back to a form. The redirect then carries a signed, lead-bound
// token in RETURN_VISIT_PARAM; the form page reports it once loaded. Pure: no I/O.
export const RETURN_VISIT_PARAM = "sb_rv";

const FORM_PATH = /^\/f\/([a-z0-9][a-z0-9-]{0,79})\/?$/;

/** The form slug when `target` is a hosted form page of the app at `appUrl`, else null. */
export function formSlugOfTarget(target: string, appUrl: string): string | null {
  let url: URL;
  let app: URL;
  try {
    url = new URL(target);
    app = new URL(appUrl);
  } catch {
    return null;
  }
  if (url.origin !== app.origin) return null;
  return FORM_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The redirect target with the return-visit token added (other parameters kept). */
export function withReturnVisitToken(target: string, token: string): string {
  const url = new URL(target);
  url.searchParams.set(RETURN_VISIT_PARAM, token);
  return url.href;
}
