"use client";
// "New form": a name and a starting point (blank or a template). Opens the new form's page.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TEMPLATE_CHOICES, type TTemplateKey } from "@/server/domain/forms/templates";

export function NewFormForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [template, setTemplate] = useState<TTemplateKey>("blank");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(
    trpc.forms.create.mutationOptions({
      onSuccess: ({ id }) => router.push(`/forms/${id}`),
      onError: (e) => setError(errorDetails(e).find((d) => d.path === "name")?.message ?? errorMessage(e)),
    }),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    create.mutate({ name, template });
  };
  const chosen = TEMPLATE_CHOICES.find((c) => c.key === template);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start" aria-label="New form">
      <div>
        <Label htmlFor="new-form-name">Name</Label>
        <Input
          id="new-form-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={120}
          placeholder="e.g. Enterprise demo request"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-form-error" : undefined}
        />
        <FieldError id="new-form-error" message={error} />
      </div>
      <div>
        <Label htmlFor="new-form-template">Start from</Label>
        <Select id="new-form-template" value={template} onChange={(e) => setTemplate(e.target.value as TTemplateKey)} aria-describedby="new-form-template-help">
          {TEMPLATE_CHOICES.map((c) => (
            <option key={c.key} value={c.key}>{c.label}</option>
          ))}
        </Select>
        <p id="new-form-template-help" className="mt-1 text-xs text-slate-500">{chosen?.description}</p>
      </div>
      <Button type="submit" className="sm:mt-6" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create form"}
      </Button>
    </form>
  );
}
