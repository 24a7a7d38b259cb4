// Next.js proxy (was middleware; Node.js runtime): only the hosted form pages /f/<slug>. A page
// load is a public form read, limited per address and form like the API's read (429 +
// Retry-After); an embed.js frame that cannot show the form (host origin not allowed, no
// published form) gets a small notice instead of a broken or blank frame; framing depends on the
// form — CSP frame-ancestors lists the form's allowed origins, or 'none' (+ X-Frame-Options DENY)
// when it has none. Every other path gets its security headers from next.config.js. The rules:
// server/http/form-page-gate.ts (and security-headers.ts, embed-notice.ts).
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/server/db/client";
import { formPageGate } from "@/server/http/form-page-gate";
import { appRateLimits } from "@/server/services/rate-limit/rate-limits";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const gate = await formPageGate(request, { db: getDb, formRead: () => appRateLimits().formRead });
  if ("response" in gate) {
    const { body, status, headers } = gate.response;
    return new NextResponse(body, { status, headers });
  }
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(gate.headers)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ["/f/:slug", "/f/:slug/:path*"] };
