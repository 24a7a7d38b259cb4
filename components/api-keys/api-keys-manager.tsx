"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage } from "@/components/members/trpc-error";

interface TKeyRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never");

export function ApiKeysManager({ keys }: { keys: TKeyRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const create = useMutation(trpc.apiKeys.create.mutationOptions());
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => router.refresh() }));

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await create.mutateAsync({ name });
      setCreated({ name: result.name, key: result.key });
      setName("");
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onCreate} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Label htmlFor="api-key-name">Key name</Label>
          <Input id="api-key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="CRM sync" maxLength={80} />
          <FieldError message={error} />
        </div>
        <Button type="submit" disabled={create.isPending || !name.trim()}>Create key</Button>
      </form>
      {created && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="font-medium">Copy the key “{created.name}” now — it is shown only once:</p>
          <code className="mt-2 block break-all rounded bg-white p-2 font-mono" data-testid="new-api-key">{created.key}</code>
        </div>
      )}
      <ul className="divide-y divide-slate-100" aria-label="API keys">
        {keys.length === 0 && <li className="py-3 text-sm text-slate-500">No API keys yet.</li>}
        {keys.map((k) => (
          <li key={k.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
            <span>
              <span className="font-medium">{k.name}</span> <code className="text-slate-500">{k.prefix}…</code>{" "}
              <span className="text-slate-500">created {day(k.createdAt)} · last used {day(k.lastUsedAt)}</span>{" "}
              {k.revokedAt && <Badge tone="red">revoked</Badge>}
            </span>
            {!k.revokedAt && (
              <Button variant="ghost" aria-label={`Revoke ${k.name}`} disabled={revoke.isPending} onClick={() => revoke.mutate({ keyId: k.id })}>
                Revoke
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
