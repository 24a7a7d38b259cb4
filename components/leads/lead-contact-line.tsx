// Under the lead page's title: how to reach the lead — the email (when the title is the name), the
// phone as a link that dials it (tel:, built from its digits only), the company. A lead without an
// email says so. Everything is rendered as text.
import { leadPhone, telHref } from "@/server/domain/leads/lead-phone";
import type { TLeadDetail } from "@/server/services/leads";

export function LeadContactLine({ lead }: { lead: Pick<TLeadDetail, "person" | "answers"> }) {
  const { person } = lead;
  const phone = leadPhone(person?.phone, lead.answers);
  const href = phone ? telHref(phone) : null;
  const parts: React.ReactNode[] = [];
  if (!person) parts.push("No email given");
  else if (person.name) parts.push(person.email);
  if (phone) parts.push(href ? <a key="phone" href={href} className="text-brand-600 hover:underline">{phone}</a> : phone);
  if (person?.company) parts.push(person.company);
  return <>{parts.flatMap((part, i) => (i === 0 ? [part] : [" · ", part]))}</>;
}
