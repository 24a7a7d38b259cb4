"use client";
// Settings → Webhooks: add an endpoint (URL, description, the events it receives from the
// catalogue); its signing secret is shown once. Below, each endpoint (webhook-endpoint-card.tsx).
// "Add endpoint" is always enabled: a missing URL or event is said on its field (aria-describedby),
// never by a silently disabled button.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorDetails, errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES, type TWebhookEventType } from "@/server/domain/webhooks/webhook-events";
import { WebhookEndpointCard, type TWebhookEndpointRow } from "./webhook-endpoint-card";
import { SecretOnce } from "@/components/ui/secret-once";

export function WebhooksManager({ endpoints }: { endpoints: TWebhookEndpointRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<TWebhookEventType[]>([]);
  const [errors, setErrors] = useState<{ url?: string; events?: string; form?: string }>({});
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const create = useMutation(trpc.webhooks.create.mutationOptions());

  const toggle = (type: TWebhookEventType, on: boolean) => {
    setEvents((current) => WEBHOOK_EVENT_TYPES.filter((t) => (t === type ? on : current.includes(t))));
    if (on) setErrors((current) => ({ ...current, events: undefined }));
  };

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const missing = { url: url.trim() ? undefined : "Enter the endpoint's URL", events: events.length ? undefined : "Choose at least one event" };
    setErrors(missing);
    if (missing.url || missing.events) return;
    try {
      const result = await create.mutateAsync({ url: url.trim(), events, description });
      setCreated({ url: result.endpoint.url, secret: result.secret });
      setUrl("");
      setDescription("");
      setEvents([]);
      router.refresh();
    } catch (e) {
      const details = errorDetails(e);
      const at = (path: string) => details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.message;
      setErrors({ url: at("url"), events: at("events"), form: details.length ? undefined : errorMessage(e) });
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onCreate} className="space-y-4" aria-label="Add a webhook endpoint">
        <div className="flex flex-wrap gap-3">
          <div className="min-w-72 flex-[2]">
            <Label htmlFor="webhook-url">Endpoint URL</Label>
            <Input id="webhook-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://crm.example.com/hooks/switchboard" maxLength={2000} aria-invalid={!!errors.url} aria-describedby={errors.url ? "webhook-url-error" : undefined} />
            <FieldError id="webhook-url-error" message={errors.url ?? null} />
          </div>
          <div className="min-w-48 flex-1">
            <Label htmlFor="webhook-description">Description (optional)</Label>
            <Input id="webhook-description" value={description} onChange={(e) => setDescription(e.target.value)} placeholder="CRM sync" maxLength={200} />
          </div>
        </div>
        <fieldset aria-invalid={errors.events ? true : undefined} aria-describedby={errors.events ? "webhook-events-error" : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-700">Events</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-0.5 h-4 w-4" checked={events.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
                <span>
                  <code>{type}</code> <span className="text-slate-500">— {WEBHOOK_EVENTS[type].summary}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id="webhook-events-error" message={errors.events ?? null} />
        </fieldset>
        <FieldError message={errors.form ?? null} />
        <Button type="submit" disabled={create.isPending}>
          Add endpoint
        </Button>
      </form>
      {created && (
        <SecretOnce secret={created.secret} testId="webhook-secret">
          Signing secret of {created.url}: copy it now — it is shown only once. Verify each delivery with it (README, “Webhooks”).
        </SecretOnce>
      )}
      <ul className="space-y-4" aria-label="Webhook endpoints">
        {endpoints.length === 0 && <li className="text-sm text-slate-500">No webhook endpoints yet.</li>}
        {endpoints.map((endpoint) => (
          <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} />
        ))}
      </ul>
    </div>
  );
}
