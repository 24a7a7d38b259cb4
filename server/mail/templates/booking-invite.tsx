// A booking's confirmation, change or cancellation, to the prospect or to the rep; the .ics
// invite travels as an attachment (server/services/bookings/notify-booking.ts).
import { Button, Link, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";

export interface TBookingInviteProps {
  audience: "prospect" | "rep";
  change: "created" | "rescheduled" | "cancelled";
  title: string;
  /** "Monday 9 March 2026, 09:00–09:30 (America/New_York)" in the recipient's zone. */
  when: string;
  location: string;
  repName: string;
  /** The prospect's name and company (shown to the rep). */
  leadLabel: string;
  /** The prospect's reschedule/cancel page; the rep's lead page. */
  url: string;
}

const VERB = { created: "is booked", rescheduled: "has moved", cancelled: "is cancelled" } as const;

export const bookingInviteTemplate = defineTemplate<TBookingInviteProps>({
  subject: ({ audience, change, title, when, leadLabel }) =>
    change === "cancelled" ? `Cancelled: ${audience === "rep" ? `${title} · ${leadLabel}` : title}` : `${change === "rescheduled" ? "Updated" : "Confirmed"}: ${audience === "rep" ? `${leadLabel} · ` : ""}${title}, ${when}`,
  Component: ({ audience, change, title, when, location, repName, leadLabel, url }) => (
    <EmailLayout
      preview={`${title} ${VERB[change]}`}
      footer={audience === "prospect" ? "The calendar invite is attached. Use the link above to reschedule or cancel." : "The calendar invite is attached. Reschedule or cancel from the lead page."}
    >
      <Text style={paragraphStyle}>
        {audience === "prospect" ? `Your meeting with ${repName} ${VERB[change]}.` : `A meeting with ${leadLabel} ${VERB[change]}.`}
      </Text>
      <Text style={paragraphStyle}>
        <strong>{title}</strong>
        <br />
        When: {when}
        {location ? (
          <>
            <br />
            Where: {location}
          </>
        ) : null}
      </Text>
      {change !== "cancelled" || audience === "rep" ? (
        <>
          <Button href={url} style={buttonStyle}>
            {audience === "prospect" ? "Reschedule or cancel" : "Open the lead"}
          </Button>
          <Text style={{ ...paragraphStyle, marginTop: "24px" }}>
            Or copy this link into your browser: <Link href={url}>{url}</Link>
          </Text>
        </>
      ) : null}
    </EmailLayout>
  ),
});
