"use server";
// Server actions behind the invite page.
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { ZAcceptInviteNewAccount } from "../domain/workspaces/invite-schema";
import { acceptInviteAsUser, acceptInviteWithNewAccount } from "../services/workspaces/accept-invite";
import { signIn } from "./config";
import { getSessionUser } from "./session";

export interface TAcceptState {
  error: string | null;
  fieldErrors?: Record<string, string>;
}

function validTimeZone(value: FormDataEntryValue | null): string {
  const zone = typeof value === "string" ? value : "";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone || "UTC";
  } catch {
    return "UTC";
  }
}

export async function acceptInviteSignedIn(_prev: TAcceptState, form: FormData): Promise<TAcceptState> {
  const user = await getSessionUser();
  if (!user) return { error: "Sign in first." };
  try {
    await acceptInviteAsUser(await getDb(), String(form.get("token") ?? ""), user, { timeZone: validTimeZone(form.get("timeZone")) });
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect("/dashboard");
}

export async function acceptInviteNewAccount(_prev: TAcceptState, form: FormData): Promise<TAcceptState> {
  const parsed = ZAcceptInviteNewAccount.safeParse({
    name: form.get("name"),
    password: form.get("password"),
    timeZone: validTimeZone(form.get("timeZone")),
  });
  if (!parsed.success) {
    return { error: null, fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  let email: string;
  try {
    ({ email } = await acceptInviteWithNewAccount(await getDb(), String(form.get("token") ?? ""), parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  await signIn("password", { email, password: parsed.data.password, redirectTo: "/dashboard" });
  return { error: null };
}
