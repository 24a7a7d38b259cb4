import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth/config";
import { guardAuthPost } from "@/server/auth/guard-auth-request";
import { appRateLimits } from "@/server/services/rate-limit/rate-limits";

export const dynamic = "force-dynamic";
export const { GET } = handlers;

/** Auth.js's POST endpoints behind the sign-in rate limits (429 + Retry-After when refused). */
export function POST(request: NextRequest): Promise<Response> {
  return guardAuthPost(request, appRateLimits(), (r) => handlers.POST(r as NextRequest));
}
