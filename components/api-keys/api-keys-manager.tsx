"use client";
// Settings → API keys: create a key (name, scopes — none ticked until chosen, at least one needed —
// and an optional expiry; the key is shown once), and the list of keys (api-key-list.tsx).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SecretOnce } from "@/components/ui/secret-once";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { API_KEY_SCOPES, SCOPE_DESCRIPTIONS, type TApiKeyScope } from "@/server/domain/api-keys/scopes";
import { ApiKeyList, type TApiKeyRow } from "./api-key-list";
import { INITIAL_SCOPES, newKeyProblem } from "./new-key-scopes";

const EXPIRY_CHOICES = [
  { value: "", label: "Never" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
];

export function ApiKeysManager({ keys }: { keys: TApiKeyRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<TApiKeyScope[]>([...INITIAL_SCOPES]);
  const [expiry, setExpiry] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string; scopes: TApiKeyScope[] } | null>(null);
  const create = useMutation(trpc.apiKeys.create.mutationOptions());
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => router.refresh() }));

  const toggle = (scope: TApiKeyScope, on: boolean) => {
    setError(null);
    setScopes((current) => API_KEY_SCOPES.filter((s) => (s === scope ? on : current.includes(s))));
  };

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const problem = newKeyProblem(name, scopes);
    setError(problem);
    if (problem) return;
    try {
      const result = await create.mutateAsync({ name, scopes, expiresInDays: expiry ? Number(expiry) : null });
      setCreated({ name: result.name, key: result.key, scopes: result.scopes });
      setName("");
      setScopes([...INITIAL_SCOPES]);
      setExpiry("");
      router.refresh();
    } catch (e) {
      // A refused field (e.g. scopes) reads as its own message, not as the raw validation report.
      setError(errorDetails(e).map((d) => d.message).join(" ") || errorMessage(e));
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onCreate} className="space-y-4" aria-label="Create an API key">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <Label htmlFor="api-key-name">Key name</Label>
            <Input id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="CRM sync" maxLength={80} />
          </div>
          <div className="w-40">
            <Label htmlFor="api-key-expiry">Expires</Label>
            <Select id="api-key-expiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
              {EXPIRY_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">Scopes</legend>
          <p className="mb-2 text-xs text-slate-500">Tick only what the integration needs; the key can do nothing else.</p>
          <div className="grid gap-1 sm:grid-cols-2">
            {API_KEY_SCOPES.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-0.5 h-4 w-4" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
                <span>
                  <code>{scope}</code> <span className="text-slate-500">— {SCOPE_DESCRIPTIONS[scope]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <FieldError message={error} />
        <Button type="submit" disabled={create.isPending || !name.trim()}>
          Create key
        </Button>
      </form>
      {created && (
        <SecretOnce secret={created.key} testId="new-api-key">
          <p>Copy the key “{created.name}” now — it is shown only once.</p>
          <p className="mt-1 font-normal text-slate-600">Scopes: {created.scopes.join(", ")}</p>
        </SecretOnce>
      )}
      <ApiKeyList keys={keys} isRevoking={revoke.isPending} onRevoke={(keyId) => revoke.mutate({ keyId })} />
    </div>
  );
}
