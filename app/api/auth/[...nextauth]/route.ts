import type { NextRequest } from "next/server";
import { authRoute } from "@/server/auth/config";
import { guardAuthPost } from "@/server/auth/guard-auth-request";
import { appRateLimits } from "@/server/services/rate-limit/rate-limits";

export const dynamic = "force-dynamic";

/** Auth.js's endpoints, answered on APP_URL's exact origin (server/auth/config.ts, authRoute). */
export function GET(request: NextRequest): Promise<Response> {
  return authRoute(request);
}

/** Auth.js's POST endpoints behind the sign-in rate limits (429 + Retry-After when refused). */
export function POST(request: NextRequest): Promise<Response> {
  return guardAuthPost(request, appRateLimits(), (r) => authRoute(r as NextRequest));
}
