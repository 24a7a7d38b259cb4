// The `contact` of every webhook event about a lead (ZWebhookLeadContact): who the lead is, as
// GET /api/v1/leads/{id} answers it — the same function (leadContactView over the lead's own
// columns and its person merged by leadContact, as get-lead.ts and lead-resource.ts do) over the
// same stored rows, so a known person's stored phone and name show on both, never only what one
// submission sent. Read by the fan-out (deliver-webhook.ts), after the change committed: never in
// the change's transaction, never under the routing lock. Written once onto the event row, so every
// delivery, retry and replay sends the same body; an event that has one (a fan-out run again) keeps it.
// With it, the lead's value as routing counted it (data.lead.routingValue / routingCurrency: LEAD_ROUTING_VALUE),
// read as GET reads them (services/leads/lead-routing-value.ts).
import type { DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { leadContact, leadContactView, type TLeadContactView } from "../../domain/leads/lead-contact";
import { loadLeadRoutingValue } from "../leads/lead-routing-value";

/** A lead that is not there (never expected: leads are not deleted) has nobody to show. */
const NO_CONTACT: TLeadContactView = { name: null, email: null, company: null, phone: null };

/** The lead's contact as GET /api/v1/leads/{id} answers it now. */
export async function loadLeadContact(tx: DbTx, workspaceId: string, leadId: string): Promise<TLeadContactView> {
  const lead = await tx.lead.findFirst({
    where: { id: leadId, workspaceId },
    select: { contactName: true, contactCompany: true, contactPhone: true, person: { select: { email: true, name: true, company: true, phone: true } } },
  });
  return lead ? leadContactView(lead, leadContact(lead.person, lead)) : NO_CONTACT;
}

type TPayload = { data: { lead?: { id?: unknown }; contact?: unknown } };

/**
 * Adds its lead's contact, and the lead's routing value and currency (to data.lead), to an event's
 * payload (two reads, one write); false when it has no lead, or has a contact already.
 */
export async function addLeadContact(tx: DbTx, workspaceId: string, event: { id: string; payload: Prisma.JsonValue }): Promise<boolean> {
  const payload = event.payload as TPayload | null;
  const lead = payload?.data?.lead;
  const leadId = lead?.id;
  if (!payload || typeof leadId !== "string" || payload.data.contact !== undefined) return false;
  const contact = await loadLeadContact(tx, workspaceId, leadId);
  const routing = await loadLeadRoutingValue(tx, workspaceId, leadId);
  const withContact = { ...payload, data: { ...payload.data, lead: { ...lead, ...routing }, contact } };
  await tx.webhookEvent.updateMany({ where: { id: event.id, workspaceId }, data: { payload: withContact as unknown as Prisma.InputJsonValue } });
  return true;
}
