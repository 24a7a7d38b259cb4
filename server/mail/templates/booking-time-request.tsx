// To the lead's owner: the prospect found no free time soon and left a preferred time (their
// words, rendered as text).
import { Button, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";

export interface TBookingTimeRequestProps {
  repName: string;
  leadLabel: string;
  note: string;
  leadUrl: string;
}

export const bookingTimeRequestTemplate = defineTemplate<TBookingTimeRequestProps>({
  subject: ({ leadLabel }) => `${leadLabel} would like a meeting — no free time was left`,
  Component: ({ repName, leadLabel, note, leadUrl }) => (
    <EmailLayout preview={`${leadLabel} asked for a time`} footer="Reply to the prospect from the lead page, or free up time in your calendar.">
      <Text style={paragraphStyle}>Hi {repName}, {leadLabel} wanted to book a meeting, but you (and the next best rep) had no free time soon. They wrote:</Text>
      <Text style={{ ...paragraphStyle, whiteSpace: "pre-line", borderLeft: "3px solid #e4e4e7", paddingLeft: "12px" }}>{note}</Text>
      <Button href={leadUrl} style={buttonStyle}>Open the lead</Button>
    </EmailLayout>
  ),
});
