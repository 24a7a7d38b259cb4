// To the reviewing manager: a high-value lead has a provisional owner until they approve or change it.
import { Button, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";
import { formatEmailMoney } from "./email-format";
import { emailText, textButton } from "./email-text";

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
  // The text part: the HTML's paragraphs, as html-to-text writes them (email-text.ts).
  text: (p) => emailText({ footer: FOOTER }, [greeting(p), leadNamed(p.lead) || null, p.headline, windowLine(p), textButton(REVIEW_LABEL, p.leadUrl)]),
  Component: (p) => (
    <EmailLayout preview="A high-value lead waits for your review" footer={FOOTER}>
      <Text style={paragraphStyle}>{greeting(p)}</Text>
      {leadNamed(p.lead) ? <Text style={paragraphStyle}>{leadNamed(p.lead)}</Text> : null}
      <Text style={paragraphStyle}>{p.headline}</Text>
      <Text style={paragraphStyle}>{windowLine(p)}</Text>
      <Button href={p.leadUrl} style={buttonStyle}>{REVIEW_LABEL}</Button>
    </EmailLayout>
  ),
});

const FOOTER = "Without a decision the provisional owner is confirmed automatically.";
const REVIEW_LABEL = "Review the lead";

function greeting(p: TReviewRequestProps): string {
  return `Hi ${p.reviewerName}, a high-value lead${p.value ? ` (est. ${formatEmailMoney(p.value, p.currency)})` : ""} was routed provisionally${p.workspaceName?.trim() ? ` in ${p.workspaceName.trim()}` : ""}.`;
}

function windowLine(p: Pick<TReviewRequestProps, "windowMinutes">): string {
  return `Approve or change the owner within ${p.windowMinutes} minutes; after that it is confirmed automatically.`;
}

/** "Vera Banks (Big Bank)", "Vera Banks", or "" when the lead is not named. */
function leadNamed(lead: TReviewRequestProps["lead"]): string {
  const name = lead?.name.trim() ?? "";
  const company = lead?.company?.trim() ?? "";
  if (!name) return company;
  return company ? `${name} (${company})` : name;
}
