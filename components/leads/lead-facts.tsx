// Tier, value, spam flag and attribution (source, UTM, the page it was sent from, referrer) of one
// lead, as a definition list. The page is stored beside the UTM tags (utm.pageUrl) but shown apart.
// A value in another currency than the routing currency says what routing counted of it
// (routing-value-text.ts): "€1,000 · counted as $1,090 for routing".
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { TLeadDetail } from "@/server/services/leads";
import { formatMoney } from "./format";
import { routingValueText, type TRoutingValueFacts } from "./routing-value-text";
import { sourceLabel } from "./source-label";
import { TierBadge } from "./tier-badge";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

/** `routing`: the lead's routing value and the workspace's routing currency (null: not read, nothing shown about it). */
export function LeadFacts({ lead, routing = null }: { lead: TLeadDetail; routing?: TRoutingValueFacts | null }) {
  const { pageUrl, ...tags } = lead.utm;
  const utm = Object.entries(tags);
  const counted = routingValueText(lead.estimatedValue, lead.currency, routing);
  return (
    <dl className="divide-y divide-slate-100 text-sm" aria-label="Lead summary">
      <Row label="Tier">
        <TierBadge tier={lead.tier} label={lead.tierLabel} />
        {lead.knockedOutBy && <span className="ml-2 text-slate-600">Knocked out: {lead.knockedOutBy.label}</span>}
      </Row>
      <Row label="Estimated value">
        {lead.estimatedValue === null ? "—" : formatMoney(lead.estimatedValue, lead.currency)}
        {counted && <span className="text-slate-600"> · {counted}</span>}
      </Row>
      {lead.isSpam && (
        <Row label="Spam">
          <Badge tone="red">Spam</Badge> {lead.spamReason}
        </Row>
      )}
      <Row label="Source">{lead.source ? sourceLabel(lead.source) : "—"}</Row>
      <Row label="UTM">
        {utm.length === 0 ? (
          "—"
        ) : (
          <ul>
            {utm.map(([k, v]) => (
              <li key={k}>
                <span className="text-slate-500">{k}:</span> {v}
              </li>
            ))}
          </ul>
        )}
      </Row>
      {pageUrl && <Row label="Page">{pageUrl}</Row>}
      <Row label="Referrer">{lead.referrer ?? "—"}</Row>
    </dl>
  );
}
