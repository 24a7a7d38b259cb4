"use client";
// One webhook endpoint in Settings → Webhooks: its URL, status (and why it was disabled; while
// disabled, how many deliveries wait for it and until when new events are still held), events;
// send a test event, rotate the signing secret (the new one shown once; each replaced one keeps
// signing for 24 hours after its rotation), disable/enable (enabling sends what was held), delete
// (asks first), and its delivery log. Times read as every dashboard time (<LocalTime>: the viewer's
// zone, the exact instant in `dateTime`).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Fragment, useState } from "react";
import { LocalTime } from "@/components/leads/local-time";
import { errorMessage } from "@/components/members/trpc-error";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { WebhookDeliveryLog } from "./webhook-delivery-log";
import { SecretOnce } from "@/components/ui/secret-once";

export interface TWebhookEndpointRow {
  id: string;
  url: string;
  description: string;
  events: string[];
  isEnabled: boolean;
  disabledReason: string | null;
  holdUntil: Date | null;
  heldDeliveries: number;
  createdAt: Date;
}

interface TRotated {
  secret: string;
  previousSecretExpiresAt: Date;
  previousSecrets: { expiresAt: Date }[];
}

export function WebhookEndpointCard({ endpoint }: { endpoint: TWebhookEndpointRow }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isLogOpen, setLogOpen] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [rotated, setRotated] = useState<TRotated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(errorMessage(e));
  const refresh = () => {
    setError(null);
    router.refresh();
  };
  const onTestSent = () => {
    setError(null);
    setLogOpen(true);
    void queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.queryKey({ endpointId: endpoint.id }) });
  };
  const sendTest = useMutation(trpc.webhooks.sendTest.mutationOptions({ onSuccess: onTestSent, onError }));
  const rotate = useMutation(trpc.webhooks.rotateSecret.mutationOptions({ onSuccess: (r) => (setError(null), setRotated(r)), onError }));
  const setEnabled = useMutation(trpc.webhooks.setEnabled.mutationOptions({ onSuccess: refresh, onError }));
  const remove = useMutation(trpc.webhooks.delete.mutationOptions({ onSuccess: refresh, onError }));
  const isBusy = sendTest.isPending || rotate.isPending || setEnabled.isPending || remove.isPending;

  return (
    <li className="rounded-md border border-slate-200 p-4" aria-label={`Webhook endpoint ${endpoint.url}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all font-medium">{endpoint.url}</code>
            {endpoint.isEnabled ? <Badge tone="green">enabled</Badge> : <Badge tone="red">disabled</Badge>}
          </div>
          {endpoint.description && <div className="text-slate-600">{endpoint.description}</div>}
          {!endpoint.isEnabled && endpoint.disabledReason && <div className="text-red-700">{endpoint.disabledReason}</div>}
          {(!endpoint.isEnabled || endpoint.heldDeliveries > 0) && <HeldNote endpoint={endpoint} />}
          <div className="flex flex-wrap gap-1" aria-label="Events">
            {endpoint.events.map((e) => (
              <Badge key={e} tone="blue">
                {e}
              </Badge>
            ))}
          </div>
          <div className="text-slate-500" data-testid="webhook-added">
            added <LocalTime date={endpoint.createdAt} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={isBusy} onClick={() => sendTest.mutate({ endpointId: endpoint.id })}>
            Send test event
          </Button>
          <Button variant="secondary" disabled={isBusy} onClick={() => rotate.mutate({ endpointId: endpoint.id })}>
            Rotate secret
          </Button>
          <Button variant="secondary" disabled={isBusy} onClick={() => setEnabled.mutate({ endpointId: endpoint.id, isEnabled: !endpoint.isEnabled })}>
            {endpoint.isEnabled ? "Disable" : "Enable"}
          </Button>
          {isConfirmingDelete ? (
            <>
              <Button variant="danger" disabled={isBusy} onClick={() => remove.mutate({ endpointId: endpoint.id })}>
                Delete for good
              </Button>
              <Button variant="ghost" onClick={() => setConfirmingDelete(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button variant="ghost" disabled={isBusy} onClick={() => setConfirmingDelete(true)}>
              Delete
            </Button>
          )}
        </div>
      </div>
      <FieldError message={error} />
      {rotated && (
        <div className="mt-3">
          <SecretOnce secret={rotated.secret} testId="webhook-secret">
            New signing secret: copy it now — it is shown only once. <ReplacedNote rotated={rotated} /> Each delivery carries a signature per secret, so switch your receiver within 24 hours.
          </SecretOnce>
        </div>
      )}
      <div className="mt-3">
        <Button variant="ghost" aria-expanded={isLogOpen} onClick={() => setLogOpen((open) => !open)}>
          {isLogOpen ? "Hide delivery log" : "Show delivery log"}
        </Button>
        {isLogOpen && <WebhookDeliveryLog endpointId={endpoint.id} />}
      </div>
    </li>
  );
}

/** While disabled: the deliveries waiting for it, and until when new events are still held for it. */
function HeldNote({ endpoint }: { endpoint: TWebhookEndpointRow }) {
  const n = endpoint.heldDeliveries;
  const waiting = n === 0 ? "No deliveries are waiting" : `${n} ${n === 1 ? "delivery is" : "deliveries are"} held`;
  if (endpoint.isEnabled) {
    return (
      <div className="text-amber-800" data-testid="webhook-held">
        {waiting} (being scheduled).
      </div>
    );
  }
  const holdUntil = endpoint.holdUntil && endpoint.holdUntil > new Date() ? endpoint.holdUntil : null;
  return (
    <div className="text-amber-800" data-testid="webhook-held">
      {waiting}: enabling it sends them at once, oldest first (any older than 24 h expire)
      {holdUntil ? (
        <>
          ; new events are held for it until <LocalTime date={holdUntil} />
        </>
      ) : (
        "; new events are not recorded for it"
      )}
      .
    </div>
  );
}

function ReplacedNote({ rotated }: { rotated: TRotated }) {
  const [, ...older] = rotated.previousSecrets;
  return (
    <>
      The secret it replaced keeps signing alongside it until <LocalTime date={rotated.previousSecretExpiresAt} />.
      {older.length > 0 && (
        <>
          {" "}Secrets replaced earlier keep signing too, until{" "}
          {older.map((s, i) => (
            <Fragment key={i}>
              {i > 0 && ", "}
              <LocalTime date={s.expiresAt} />
            </Fragment>
          ))}
          .
        </>
      )}
    </>
  );
}
