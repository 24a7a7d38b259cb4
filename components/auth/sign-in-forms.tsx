"use client";
import { useActionState } from "react";
import { requestMagicLink, signInWithPassword, type TSignInState } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const INITIAL: TSignInState = { error: null };

export function PasswordSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, isPending] = useActionState(signInWithPassword, INITIAL);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/dashboard"} />
      <div>
        <Label htmlFor="pw-email">Email</Label>
        <Input id="pw-email" name="email" type="email" autoComplete="email" required aria-invalid={Boolean(state.fieldErrors?.email)} aria-describedby="pw-email-error" />
        <FieldError id="pw-email-error" message={state.fieldErrors?.email} />
      </div>
      <div>
        <Label htmlFor="pw-password">Password</Label>
        <Input id="pw-password" name="password" type="password" autoComplete="current-password" required aria-invalid={Boolean(state.fieldErrors?.password)} aria-describedby="pw-password-error" />
        <FieldError id="pw-password-error" message={state.fieldErrors?.password} />
      </div>
      <FieldError message={state.error} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in with password"}
      </Button>
    </form>
  );
}

export function MagicLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, isPending] = useActionState(requestMagicLink, INITIAL);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/dashboard"} />
      <div>
        <Label htmlFor="ml-email">Email for a sign-in link</Label>
        <Input id="ml-email" name="email" type="email" autoComplete="email" required aria-invalid={Boolean(state.fieldErrors?.email)} aria-describedby="ml-email-error" />
        <FieldError id="ml-email-error" message={state.fieldErrors?.email} />
      </div>
      <FieldError message={state.error} />
      <Button type="submit" variant="secondary" className="w-full" disabled={isPending}>
        {isPending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
