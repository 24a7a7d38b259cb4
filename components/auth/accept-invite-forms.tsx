"use client";
import { useActionState, useState } from "react";
import { acceptInviteNewAccount, acceptInviteSignedIn, type TAcceptState } from "@/server/auth/invite-actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const INITIAL: TAcceptState = { error: null };

/** The browser's time zone (the server renders "UTC"; the hidden input tolerates the difference). */
function useBrowserTimeZone(): string {
  const [zone] = useState(() => (typeof window === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"));
  return zone;
}

export function AcceptAsSignedInUser({ token }: { token: string }) {
  const [state, action, isPending] = useActionState(acceptInviteSignedIn, INITIAL);
  const timeZone = useBrowserTimeZone();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="timeZone" value={timeZone} suppressHydrationWarning />
      <FieldError message={state.error} />
      <Button type="submit" className="w-full" disabled={isPending}>{isPending ? "Joining…" : "Accept invite"}</Button>
    </form>
  );
}

export function AcceptWithNewAccount({ token, email }: { token: string; email: string }) {
  const [state, action, isPending] = useActionState(acceptInviteNewAccount, INITIAL);
  const timeZone = useBrowserTimeZone();
  // Controlled: a form action resets uncontrolled fields, so a refused password also emptied the name.
  const [name, setName] = useState("");
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="timeZone" value={timeZone} suppressHydrationWarning />
      <div>
        <Label htmlFor="accept-email">Email</Label>
        <Input id="accept-email" value={email} readOnly disabled />
      </div>
      <div>
        <Label htmlFor="accept-name">Your name</Label>
        <Input id="accept-name" name="name" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" required aria-describedby="accept-name-error" aria-invalid={Boolean(state.fieldErrors?.name)} />
        <FieldError id="accept-name-error" message={state.fieldErrors?.name} />
      </div>
      <div>
        <Label htmlFor="accept-password">Choose a password</Label>
        <Input id="accept-password" name="password" type="password" autoComplete="new-password" required aria-describedby="accept-password-error" aria-invalid={Boolean(state.fieldErrors?.password)} />
        <FieldError id="accept-password-error" message={state.fieldErrors?.password} />
      </div>
      <FieldError message={state.error} />
      <Button type="submit" className="w-full" disabled={isPending}>{isPending ? "Creating your account…" : "Create account and join"}</Button>
    </form>
  );
}
