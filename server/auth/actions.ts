"use server";
// Server actions behind the sign-in forms.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "../db/client";
import { signIn, signOut } from "./config";

export interface TSignInState {
  error: string | null;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
}

const ZEmail = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));

function safeRedirect(value: FormDataEntryValue | null): string {
  const target = typeof value === "string" ? value : "";
  return target.startsWith("/") && !target.startsWith("//") ? target : "/dashboard";
}

export async function signInWithPassword(_prev: TSignInState, form: FormData): Promise<TSignInState> {
  const email = ZEmail.safeParse(form.get("email"));
  const password = String(form.get("password") ?? "");
  const fieldErrors: TSignInState["fieldErrors"] = {};
  if (!email.success) fieldErrors.email = "Enter a valid email address";
  if (!password) fieldErrors.password = "Enter your password";
  if (!email.success || !password) return { error: null, fieldErrors };
  try {
    await signIn("password", { email: email.data, password, redirectTo: safeRedirect(form.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) return { error: "That email and password do not match an account." };
    throw error; // the redirect after a successful sign-in
  }
  return { error: null };
}

export async function requestMagicLink(_prev: TSignInState, form: FormData): Promise<TSignInState> {
  const email = ZEmail.safeParse(form.get("email"));
  if (!email.success) return { error: null, fieldErrors: { email: "Enter a valid email address" } };
  // Same answer whether or not the account exists, so the form cannot be used to probe addresses.
  const user = await (await getDb()).user.findUnique({ where: { email: email.data }, select: { id: true } });
  if (user) {
    await signIn("email", { email: email.data, redirect: false, redirectTo: safeRedirect(form.get("callbackUrl")) });
  }
  redirect(`/sign-in/check-email?email=${encodeURIComponent(email.data)}`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
