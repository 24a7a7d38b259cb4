// What happens to a request for a hosted form page /f/<slug> before Next renders it (proxy.ts is
// its transport):
//   1. a malformed escape (/f/%ZZ) names no form: 400, never frameable;
//   2. a page load is a public form read, limited per address and form (429 + Retry-After);
//   3. a page load by an embed.js frame that cannot show the form (its host origin is not
//      allowed, or no published form has this slug) gets the embed notice instead of a broken
//      or blank frame (server/domain/embed/embed-availability.ts, ./embed-notice.ts);
//   4. anything else goes on to the page with the form's framing headers (CSP frame-ancestors:
//      the allowed origins, or 'none' + X-Frame-Options DENY).
import type { Db } from "../db/client";
import { embedUnavailability } from "../domain/embed/embed-availability";
import type { TLimiter } from "../services/rate-limit/rate-limits";
import { getEmbedForm } from "../services/forms/embed-origins";
import { embedNoticeResponse } from "./embed-notice";
import { limitFormPageRead } from "./form-page-read-limit";
import { formFramingHeaders } from "./security-headers";

export type TFormPageGate = { response: Response } | { headers: Record<string, string> };

export interface TFormPageGateDeps {
  db: () => Promise<Db>;
  formRead: () => TLimiter;
}

export async function formPageGate(request: Request, deps: TFormPageGateDeps): Promise<TFormPageGate> {
  const url = new URL(request.url);
  const segments = url.pathname.split("/");
  const slug = decodedSegment(segments[2] ?? "");
  if (slug === null) return { response: new Response("Bad request", { status: 400, headers: formFramingHeaders([]) }) };
  try {
    const refused = await limitFormPageRead(request, slug, deps.formRead());
    if (refused) return { response: refused };
  } catch (error) {
    // The limit store is unreachable: the page fails or works on its own; it is not held up here.
    console.error(`[rate-limit] form page read not counted: ${(error as Error)?.name}`);
  }
  let form: { allowedOrigins: string[] } | null;
  try {
    form = await getEmbedForm(await deps.db(), slug);
  } catch {
    // Database down: the page fails on its own; never frameable meanwhile.
    return { headers: formFramingHeaders([]) };
  }
  const isPageLoad = segments.length === 3 && (request.method === "GET" || request.method === "HEAD") && request.headers.get("rsc") !== "1";
  const notice = isPageLoad ? embedUnavailability(slug, url.searchParams, form) : null;
  if (notice) return { response: embedNoticeResponse(notice) };
  return { headers: formFramingHeaders(form?.allowedOrigins ?? []) };
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
