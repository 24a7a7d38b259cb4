// Next.js proxy (was middleware; Node.js runtime): only the hosted form pages /f/<slug>. A page
// load is a public form read, limited per address and form like the API's read (429 +
// Retry-After); framing depends on the form — CSP frame-ancestors lists the form's allowed
// origins, or 'none' (+ X-Frame-Options DENY) when it has none. Every other path gets its security headers from
// next.config.js. Pure rules: server/http/security-headers.ts.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/server/db/client";
import { limitFormPageRead } from "@/server/http/form-page-read-limit";
import { formFramingHeaders } from "@/server/http/security-headers";
import { appRateLimits } from "@/server/services/rate-limit/rate-limits";
import { getEmbedOrigins } from "@/server/services/forms/embed-origins";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const slug = decodedSegment(request.nextUrl.pathname.split("/")[2] ?? "");
  // A malformed escape (/f/%ZZ) names no form: a 400, as Next answers it on other pages, never frameable.
  if (slug === null) return withHeaders(new NextResponse("Bad request", { status: 400 }), formFramingHeaders([]));
  let refused: Response | null = null;
  try {
    refused = await limitFormPageRead(request, slug, appRateLimits().formRead);
  } catch (error) {
    // The limit store is unreachable: the page fails or works on its own; it is not held up here.
    console.error(`[rate-limit] form page read not counted: ${(error as Error)?.name}`);
  }
  if (refused) return new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
  let origins: string[] = [];
  try {
    origins = await getEmbedOrigins(await getDb(), slug);
  } catch {
    // Database down: the page fails on its own; never frameable meanwhile.
  }
  return withHeaders(NextResponse.next(), formFramingHeaders(origins));
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ["/f/:slug", "/f/:slug/:path*"] };
