// The Auth.js route (/api/auth/*) for direct POSTs: the sign-in pages use server actions
// (server/auth/actions.ts), but Auth.js's own endpoints take the same credentials, so the same
// limits apply here before Auth.js runs. A refusal is the API's 429 with Retry-After.
import { clientIp } from "../api/rest/client-ip";
import { jsonError } from "../api/rest/json-error";
import { withoutCors } from "../api/rest/authenticate";
import { RateLimitError } from "../services/rate-limit/rate-limit-error";
import type { TRateLimits } from "../services/rate-limit/rate-limits";
import { limitPasswordAttempt, limitSignInEmail, passwordSignInSucceeded } from "./sign-in-limits";

type TDoor = "password" | "email";

function doorOf(request: Request): TDoor | null {
  const path = new URL(request.url).pathname;
  if (path.endsWith("/callback/password")) return "password";
  if (path.endsWith("/signin/email")) return "email";
  return null;
}

/** The `email` field of an Auth.js POST (form-encoded, or JSON). */
async function emailOf(request: Request): Promise<string> {
  try {
    const type = request.headers.get("content-type") ?? "";
    const text = await request.clone().text();
    if (type.includes("application/json")) return String((JSON.parse(text) as { email?: unknown }).email ?? "");
    return new URLSearchParams(text).get("email") ?? "";
  } catch {
    return "";
  }
}

/** A password sign-in succeeded when Auth.js set a session cookie. */
function setsSession(response: Response): boolean {
  return response.headers.getSetCookie().some((cookie) => /^(__Secure-)?authjs\.session-token=[^;]+/.test(cookie));
}

export async function guardAuthPost(request: Request, limits: TRateLimits, authPost: (request: Request) => Promise<Response>): Promise<Response> {
  const door = doorOf(request);
  if (!door) return authPost(request);
  const email = await emailOf(request);
  const ip = clientIp(request.headers);
  try {
    await (door === "password" ? limitPasswordAttempt(limits, email, ip) : limitSignInEmail(limits, email, ip));
  } catch (error) {
    if (!(error instanceof RateLimitError)) throw error;
    return withoutCors(jsonError(429, error.code, error.message, [], { "retry-after": String(error.retryAfterS) }));
  }
  const response = await authPost(request);
  if (door === "password" && setsSession(response)) await passwordSignInSucceeded(limits, email, ip);
  return response;
}
