"use client";
import { useActionState, useState, type ChangeEvent } from "react";
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

type TFieldName = (typeof FIELDS)[number]["name"] | "token";

export function SetupForm({ token }: { token: string }) {
  const [state, action, isPending] = useActionState(createFirstOwnerAction, INITIAL);
  // Controlled: a form action resets uncontrolled fields, so a refused token emptied every field
  // the owner had typed. All of them are kept, the password too (as a browser keeps it).
  const [values, setValues] = useState<Record<TFieldName, string>>({ token, workspaceName: "", name: "", email: "", password: "" });
  const bind = (name: TFieldName) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  return (
    <form action={action} className="space-y-4" noValidate>
      <div>
        <Label htmlFor="setup-token">Setup token</Label>
        <Input id="setup-token" name="token" {...bind("token")} autoComplete="off" required aria-describedby="setup-token-error" aria-invalid={Boolean(state.fieldErrors?.token)} />
        <FieldError id="setup-token-error" message={state.fieldErrors?.token} />
      </div>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <Label htmlFor={`setup-${field.name}`}>{field.label}</Label>
          <Input
            id={`setup-${field.name}`}
            name={field.name}
            type={field.type}
            {...bind(field.name)}
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
