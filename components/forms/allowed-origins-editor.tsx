"use client";
// The websites allowed to embed a form. Each add/remove saves the whole list; the address is
// checked in the browser with the same pure rules the server applies (normalizeOrigin).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_ALLOWED_ORIGINS, normalizeOrigin } from "@/server/domain/forms/origins";

export function AllowedOriginsEditor({ formId, initial, canEdit }: { formId: string; initial: string[]; canEdit: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [origins, setOrigins] = useState(initial);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation(
    trpc.forms.setAllowedOrigins.mutationOptions({
      onSuccess: (result, input) => {
        setOrigins(result.allowedOrigins);
        setError(null);
        setNotice(input.origins.length > origins.length ? "Website added." : "Website removed.");
        setDraft("");
        router.refresh();
      },
      onError: (e) => setError(errorDetails(e)[0]?.message ?? errorMessage(e)),
    }),
  );

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = normalizeOrigin(draft);
    if (!result.ok) return setError(result.message);
    if (origins.includes(result.origin)) return setError(`${result.origin} is already in the list`);
    if (origins.length >= MAX_ALLOWED_ORIGINS) return setError(`At most ${MAX_ALLOWED_ORIGINS} websites can embed a form`);
    save.mutate({ formId, origins: [...origins, result.origin] });
  };

  return (
    <div className="space-y-4">
      {origins.length === 0 ? (
        <p className="text-sm text-slate-500">No website may embed this form yet. The hosted link works everywhere.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Websites allowed to embed this form">
          {origins.map((origin) => (
            <li key={origin} className="flex items-center justify-between gap-4 px-3 py-2">
              <span className="font-mono text-sm text-slate-800">{origin}</span>
              {canEdit && (
                <Button
                  variant="ghost"
                  className="px-2 py-1 text-red-700"
                  disabled={save.isPending}
                  aria-label={`Remove ${origin}`}
                  onClick={() => save.mutate({ formId, origins: origins.filter((o) => o !== origin) })}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form onSubmit={onAdd} className="flex flex-wrap items-start gap-2" aria-label="Add a website">
          <div className="min-w-64 flex-1">
            <Label htmlFor="origin-input">Website address</Label>
            <Input
              id="origin-input"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder="https://www.example.com"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "origin-error origin-help" : "origin-help"}
            />
            <p id="origin-help" className="mt-1 text-xs text-slate-500">Scheme and host (and a port if not the default), without a path. Up to {MAX_ALLOWED_ORIGINS}.</p>
            <FieldError id="origin-error" message={error} />
          </div>
          <Button type="submit" className="mt-6" disabled={save.isPending}>{save.isPending ? "Saving…" : "Add website"}</Button>
        </form>
      ) : (
        <p className="text-sm text-slate-500">Only owners, admins and marketers can change this list.</p>
      )}
      {notice && <p role="status" className="text-sm text-emerald-700">{notice}</p>}
    </div>
  );
}
