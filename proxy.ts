// Next.js proxy (was middleware; Node.js runtime): only the hosted form pages /f/<slug>, whose
// framing depends on the form — CSP frame-ancestors lists the form's allowed origins, or 'none'
// (+ X-Frame-Options DENY) when it has none. Every other path gets its security headers from
// next.config.js. Pure rules: server/http/security-headers.ts.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/server/db/client";
import { formFramingHeaders } from "@/server/http/security-headers";
import { getEmbedOrigins } from "@/server/services/forms/embed-origins";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  let origins: string[] = [];
  try {
    origins = await getEmbedOrigins(await getDb(), slug);
  } catch {
    // Database down: the page fails on its own; never frameable meanwhile.
  }
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(formFramingHeaders(origins))) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ["/f/:slug", "/f/:slug/:path*"] };
