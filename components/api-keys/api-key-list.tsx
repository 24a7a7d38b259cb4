"use client";
// The workspace's API keys: name and prefix, scopes, when created, expiry, when last used (to the
// minute), revoke. Times read as every dashboard time (<LocalTime>: the viewer's zone, the exact
// instant in `dateTime`); last use also gives its exact UTC instant in the title, what an admin
// matches against a client's or the server's logs.
import { LocalTime } from "@/components/leads/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { API_KEY_SCOPES, type TApiKeyScope } from "@/server/domain/api-keys/scopes";

export interface TApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: TApiKeyScope[];
  createdAt: Date;
  expiresAt: Date | null;
  isExpired: boolean;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function ApiKeyList({ keys, onRevoke, isRevoking }: { keys: TApiKeyRow[]; onRevoke: (keyId: string) => void; isRevoking: boolean }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="API keys">
      {keys.length === 0 && <li className="py-3 text-sm text-slate-500">No API keys yet.</li>}
      {keys.map((k) => (
        <li key={k.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm" aria-label={`API key ${k.name}`}>
          <div className="space-y-1">
            <div>
              <span className="font-medium">{k.name}</span> <code className="text-slate-500">{k.prefix}…</code>{" "}
              {k.revokedAt && <Badge tone="red">revoked</Badge>} {!k.revokedAt && k.isExpired && <Badge tone="red">expired</Badge>}
            </div>
            <div className="flex flex-wrap gap-1" aria-label="Scopes">
              {k.scopes.length === API_KEY_SCOPES.length ? <Badge tone="blue">all scopes</Badge> : k.scopes.map((s) => <Badge key={s} tone="blue">{s}</Badge>)}
            </div>
            <div className="text-slate-500">
              created <LocalTime date={k.createdAt} /> ·{" "}
              {k.expiresAt ? (
                <>
                  {k.isExpired ? "expired" : "expires"} <LocalTime date={k.expiresAt} />
                </>
              ) : (
                "no expiry"
              )}{" "}
              · <span data-testid="last-used">last used {k.lastUsedAt ? <LocalTime date={k.lastUsedAt} exactUtcTitle /> : "never"}</span>
            </div>
          </div>
          {!k.revokedAt && (
            <Button variant="ghost" aria-label={`Revoke ${k.name}`} disabled={isRevoking} onClick={() => window.confirm(`Revoke ${k.name}? Anything using it stops working at once; this cannot be undone.`) && onRevoke(k.id)}>
              Revoke
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
