// Rate limits of the sign-in doors, the same for known and unknown emails (the limits must not
// tell accounts apart either):
// - password: every attempt takes a point per account and per address (RATE_LIMIT_SIGN_IN_PER_15_MIN
//   in 15 minutes, 5× that in a day: a growing wait). A success clears its account's count and
//   gives its address the point back, so people who sign in are never slowed by their own visits.
// - sign-in links: per recipient and per requesting address (RATE_LIMIT_EMAILS_PER_*_PER_HOUR).
// Used by the sign-in server actions and by the Auth.js route for direct POSTs.
import { consumeAll, type TRateLimits } from "../services/rate-limit/rate-limits";

export function normalizeEmail(value: unknown): string {
  return typeof value === "string" ? value.normalize("NFKC").trim().toLowerCase().slice(0, 320) : "";
}

/** Throws RateLimitError when the account or the address has used up its attempts. */
export function limitPasswordAttempt(limits: TRateLimits, email: string, ip: string): Promise<void> {
  return consumeAll([
    [limits.signInAccount, [normalizeEmail(email)]],
    [limits.signInAddress, [ip]],
  ]);
}

export async function passwordSignInSucceeded(limits: TRateLimits, email: string, ip: string): Promise<void> {
  await Promise.all([limits.signInAccount.reset(normalizeEmail(email)), limits.signInAddress.reward(ip)]);
}

/** Throws RateLimitError when the recipient or the requesting address got enough emails. */
export function limitSignInEmail(limits: TRateLimits, email: string, ip: string): Promise<void> {
  return consumeAll([
    [limits.emailRecipient, [normalizeEmail(email)]],
    [limits.emailAddress, [ip]],
  ]);
}
