"use client";
import { useActionState } from "react";
import { createFirstOwnerAction, type TSetupState } from "@/server/auth/setup-actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const INITIAL: TSetupState = { error: null };

const FIELDS = [
  { name: "workspaceName", label: "Workspace name", autoComplete: "organization", type: "text" },
  { name: "name", label: "Your name", autoComplete: "name", type: "text" },
  { name: "email", label: "Email", autoComplete: "email", type: "email" },
  { name: "password", label: "Choose a password", autoComplete: "new-password", type: "password" },
] as const;

export function SetupForm({ token }: { token: string }) {
  const [state, action, isPending] = useActionState(createFirstOwnerAction, INITIAL);
  return (
    <form action={action} className="space-y-4" noValidate>
      <div>
        <Label htmlFor="setup-token">Setup token</Label>
        <Input id="setup-token" name="token" defaultValue={token} autoComplete="off" required aria-describedby="setup-token-error" aria-invalid={Boolean(state.fieldErrors?.token)} />
        <FieldError id="setup-token-error" message={state.fieldErrors?.token} />
      </div>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <Label htmlFor={`setup-${field.name}`}>{field.label}</Label>
          <Input
            id={`setup-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            aria-describedby={`setup-${field.name}-error`}
            aria-invalid={Boolean(state.fieldErrors?.[field.name])}
          />
          <FieldError id={`setup-${field.name}-error`} message={state.fieldErrors?.[field.name]} />
        </div>
      ))}
      <FieldError message={state.error} />
      <Button type="submit" className="w-full" disabled={isPending}>{isPending ? "Creating…" : "Create the owner account"}</Button>
    </form>
  );
}
