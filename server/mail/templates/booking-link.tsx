// To the prospect told "we'll email you a link to book" (routing finished after the end screen
// stopped waiting, or the lead waited in the backup queue) once a rep has the lead: a signed,
// expiring link to book with the rep they were matched with (services/bookings/late-booking-link.ts).
import { Button, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";

export interface TBookingLinkProps {
  /** The prospect's name, when known. */
  name: string | null;
  repName: string;
  title: string;
  url: string;
  /** "7 December 2026": when the link stops working. */
  expires: string;
}

export const bookingLinkTemplate = defineTemplate<TBookingLinkProps>({
  subject: ({ repName }) => `Book your meeting with ${repName}`,
  Component: ({ name, repName, title, url, expires }) => (
    <EmailLayout preview={`Pick a time with ${repName}`} footer={`This link is yours alone and works until ${expires}.`}>
      <Text style={paragraphStyle}>{name ? `Hi ${name}, thanks` : "Thanks"} for getting in touch. You have been matched with {repName}: pick a time for your {title.toLowerCase()} that suits you.</Text>
      <Button href={url} style={buttonStyle}>Choose a time</Button>
    </EmailLayout>
  ),
});
