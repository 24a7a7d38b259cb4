// Under the lead page's title: how to reach the lead — the email (when the title is the name), the
// phone as a link that dials it (tel:, built from its digits only), the company. A lead without an
// email says so (and still gives the company its answers named, and the phone a contact sent without
// an email kept on the lead). Everything is rendered as text.
import { leadShown } from "@/server/domain/leads/lead-contact";
import { leadPhone, telHref } from "@/server/domain/leads/lead-phone";
import type { TLeadDetail } from "@/server/services/leads";

export function LeadContactLine({ lead }: { lead: Pick<TLeadDetail, "person" | "answers" | "contactName" | "contactCompany" | "contactPhone"> }) {
  const { person } = lead;
  const shown = leadShown(lead, person, "");
  const phone = leadPhone(lead.contactPhone ?? person?.phone, lead.answers);
  const href = phone ? telHref(phone) : null;
  const parts: React.ReactNode[] = [];
  if (!person) parts.push("No email given");
  else if (shown.isNamed) parts.push(person.email);
  if (phone) parts.push(href ? <a key="phone" href={href} className="text-brand-600 hover:underline">{phone}</a> : phone);
  if (shown.company) parts.push(shown.company);
  return <>{parts.flatMap((part, i) => (i === 0 ? [part] : [" · ", part]))}</>;
}
