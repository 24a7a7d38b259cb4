// To the reviewing manager: a high-value lead has a provisional owner until they approve or change it.
import { Button, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";
import { formatEmailMoney } from "./email-format";

export interface TReviewRequestProps {
  reviewerName: string;
  /**
   * Who the lead is, as the rep alert names it (the name its answers gave, its company): the
   * subject and the first lines say it, so a reviewer with several leads waiting knows which one
   * each email is about without opening it. Absent: the email reads as before, without a name.
   */
  lead?: { name: string; company: string | null } | null;
  /** "Routed to Sarah Chen: Enterprise path · …" */
  headline: string;
  value: number | null;
  /** The lead's currency (ISO 4217, "USD"): the value reads "$200,000". */
  currency?: string | null;
  /** The workspace the lead came to. */
  workspaceName?: string | null;
  windowMinutes: number;
  leadUrl: string;
}

export const reviewRequestTemplate = defineTemplate<TReviewRequestProps>({
  subject: ({ lead, value, currency, workspaceName }) => `Review a high-value lead${leadNamed(lead) ? `: ${leadNamed(lead)}` : ""}${value ? ` (est. ${formatEmailMoney(value, currency)})` : ""}${workspaceName?.trim() ? ` · ${workspaceName.trim()}` : ""}`,
  Component: (p) => (
    <EmailLayout preview="A high-value lead waits for your review" footer="Without a decision the provisional owner is confirmed automatically.">
      <Text style={paragraphStyle}>
        Hi {p.reviewerName}, a high-value lead{p.value ? ` (est. ${formatEmailMoney(p.value, p.currency)})` : ""} was routed provisionally{p.workspaceName?.trim() ? ` in ${p.workspaceName.trim()}` : ""}.
      </Text>
      {leadNamed(p.lead) ? <Text style={paragraphStyle}>{leadNamed(p.lead)}</Text> : null}
      <Text style={paragraphStyle}>{p.headline}</Text>
      <Text style={paragraphStyle}>Approve or change the owner within {p.windowMinutes} minutes; after that it is confirmed automatically.</Text>
      <Button href={p.leadUrl} style={buttonStyle}>Review the lead</Button>
    </EmailLayout>
  ),
});

/** "Vera Banks (Big Bank)", "Vera Banks", or "" when the lead is not named. */
function leadNamed(lead: TReviewRequestProps["lead"]): string {
  const name = lead?.name.trim() ?? "";
  const company = lead?.company?.trim() ?? "";
  if (!name) return company;
  return company ? `${name} (${company})` : name;
}
