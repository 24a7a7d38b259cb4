"use server";
// Server actions behind the sign-in forms.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "../api/rest/client-ip";
import { safeCallbackPath } from "../domain/auth/safe-callback";
import { RateLimitError, retryAfterText } from "../services/rate-limit/rate-limit-error";
import { appRateLimits } from "../services/rate-limit/rate-limits";
import { signIn, signOut } from "./config";
import { limitPasswordAttempt, limitSignInEmail, passwordSignInSucceeded } from "./sign-in-limits";

export interface TSignInState {
  error: string | null;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
}

const ZEmail = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));

/** The caller's address as server/cli/serve.ts set it from the socket. */
async function callerIp(): Promise<string> {
  return clientIp(await headers());
}

function tooMany(error: RateLimitError, what: string): TSignInState {
  return { error: `${what}. Try again ${retryAfterText(error.retryAfterS)}.` };
}

/** Next.js's redirect() throws an error whose digest starts with NEXT_REDIRECT. */
function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT");
}

function safeRedirect(value: FormDataEntryValue | null): string {
  return safeCallbackPath(value) ?? "/dashboard";
}

export async function signInWithPassword(_prev: TSignInState, form: FormData): Promise<TSignInState> {
  const email = ZEmail.safeParse(form.get("email"));
  const password = String(form.get("password") ?? "");
  const fieldErrors: TSignInState["fieldErrors"] = {};
  if (!email.success) fieldErrors.email = "Enter a valid email address";
  if (!password) fieldErrors.password = "Enter your password";
  if (!email.success || !password) return { error: null, fieldErrors };
  const limits = appRateLimits();
  const ip = await callerIp();
  try {
    await limitPasswordAttempt(limits, email.data, ip);
  } catch (error) {
    if (error instanceof RateLimitError) return tooMany(error, "Too many sign-in attempts");
    throw error;
  }
  try {
    await signIn("password", { email: email.data, password, redirectTo: safeRedirect(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) return { error: "That email and password do not match an account." };
    if (isRedirect(error)) await passwordSignInSucceeded(limits, email.data, ip);
    throw error; // the redirect after a successful sign-in
  }
  return { error: null };
}

export async function requestMagicLink(_prev: TSignInState, form: FormData): Promise<TSignInState> {
  const email = ZEmail.safeParse(form.get("email"));
  if (!email.success) return { error: null, fieldErrors: { email: "Enter a valid email address" } };
  // Same path, limits and answer whether or not the account exists (Auth.js's signIn callback
  // sends no email to an unknown one), so the form cannot be used to probe addresses.
  try {
    await limitSignInEmail(appRateLimits(), email.data, await callerIp());
  } catch (error) {
    if (error instanceof RateLimitError) return tooMany(error, "Too many sign-in emails requested");
    throw error;
  }
  await signIn("email", { email: email.data, redirect: false, redirectTo: safeRedirect(form.get("callbackUrl")) });
  redirect(`/sign-in/check-email?email=${encodeURIComponent(email.data)}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
