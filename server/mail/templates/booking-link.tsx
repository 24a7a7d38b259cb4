// To the prospect told "we'll email you a link to book" (routing finished after the end screen
// stopped waiting, or the lead waited in the backup queue) once a rep has the lead: a signed,
// expiring link to book with the rep they were matched with (services/bookings/late-booking-link.ts).
import { Button, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle, prospectBrand } from "./email-layout";

export interface TBookingLinkProps {
  /** The prospect's name, when known. */
  name: string | null;
  repName: string;
  title: string;
  url: string;
  /** "7 December 2026": when the link stops working. */
  expires: string;
  /** The workspace whose form the prospect filled in: the email's brand and From name. */
  workspaceName?: string | null;
}

export const bookingLinkTemplate = defineTemplate<TBookingLinkProps>({
  subject: ({ repName, workspaceName }) => `Book your meeting with ${repName}${workspaceName?.trim() ? ` of ${workspaceName.trim()}` : ""}`,
  senderName: ({ workspaceName }) => workspaceName ?? null,
  Component: ({ name, repName, title, url, expires, workspaceName }) => (
    <EmailLayout preview={`Pick a time with ${repName}`} footer={`This link is yours alone and works until ${expires}.`} brand={prospectBrand(workspaceName)}>
      <Text style={paragraphStyle}>{name ? `Hi ${name}, thanks` : "Thanks"} for getting in touch{workspaceName?.trim() ? ` with ${workspaceName.trim()}` : ""}. You have been matched with {repName}: pick a time for your {title.toLowerCase()} that suits you.</Text>
      <Button href={url} style={buttonStyle}>Choose a time</Button>
    </EmailLayout>
  ),
});
