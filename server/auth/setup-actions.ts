"use server";
// Server action behind /setup: the first owner, with the setup token from the server log.
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { createFirstOwner } from "../services/setup/first-owner";
import { signIn } from "./config";

export interface TSetupState {
  error: string | null;
  fieldErrors?: Record<string, string>;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export async function createFirstOwnerAction(_prev: TSetupState, form: FormData): Promise<TSetupState> {
  const input = {
    token: text(form, "token"),
    email: text(form, "email"),
    name: text(form, "name"),
    password: text(form, "password"),
    workspaceName: text(form, "workspaceName"),
  };
  let email: string;
  try {
    ({ email } = await createFirstOwner(await getDb(), input));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "NOT_FOUND") redirect("/sign-in");
    return { error: error.code === "VALIDATION" ? null : error.message, fieldErrors: Object.fromEntries(error.details.map((d) => [d.path, d.message])) };
  }
  await signIn("password", { email, password: input.password, redirectTo: "/dashboard" });
  return { error: null };
}
