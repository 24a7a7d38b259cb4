// A booking's confirmation, change or cancellation, to the prospect, to the meeting's rep, or to the
// lead's owner when that is someone else (the lead was reassigned and the meeting stayed with its
// rep); the .ics invite travels as an attachment (server/services/bookings/notify-booking.ts).
// The words are pure (bookingInviteText) so that each kind of message is tested on its own:
// a cancelled meeting offers no "reschedule or cancel", says who cancelled, and offers the
// prospect "Book another time" when the lead still offers booking.
import { Button, Link, Text } from "@react-email/components";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle, prospectBrand } from "./email-layout";

/** Who cancelled, as stored on the booking's event ("prospect", "api" or "rep:<userId>"); `isRecipient`: the member reading it. */
export type TCancelledBy = { kind: "prospect" } | { kind: "api" } | { kind: "member"; name: string; isRecipient?: boolean };

export interface TBookingInviteProps {
  /** "owner": the lead's current owner, when the meeting is another rep's. */
  audience: "prospect" | "rep" | "owner";
  change: "created" | "rescheduled" | "cancelled";
  title: string;
  /** "Monday 9 March 2026, 09:00–09:30, New York (GMT−4)" in the recipient's zone (meetingTimeText), the zone named as the booking panel names it. */
  when: string;
  location: string;
  repName: string;
  /** The prospect's name and company (shown to the rep). */
  leadLabel: string;
  /** The prospect's reschedule/cancel page; the lead page for the rep and the owner; null: no link (a rep who left, a rep whose cancelled meeting no longer opens a lead that is not theirs). */
  url: string | null;
  /** The lead's owner when it is not the meeting's rep (the rep's email says so). */
  ownerName?: string | null;
  /** A cancellation: who cancelled. */
  cancelledBy?: TCancelledBy | null;
  /** The prospect's cancellation: the lead's booking page, when it still offers booking. */
  rebookUrl?: string | null;
  /** The workspace's name: the prospect's email is its (brand and From), a member's names it. */
  workspaceName?: string | null;
}

/** The brand of the email: the workspace's for the prospect, ours for a member. */
function brandOf(props: TBookingInviteProps): string | undefined {
  return props.audience === "prospect" ? prospectBrand(props.workspaceName) : undefined;
}

const VERB = { created: "is booked", rescheduled: "has moved", cancelled: "is cancelled" } as const;

export interface TBookingInviteText {
  lines: string[];
  button: { label: string; url: string } | null;
  footer: string;
}

function cancelledByLine(props: TBookingInviteProps): string | null {
  const by = props.cancelledBy;
  if (!by) return null;
  if (by.kind === "prospect") return props.audience === "prospect" ? "You cancelled it." : `${props.leadLabel} cancelled it.`;
  if (by.kind === "member") return by.isRecipient ? "You cancelled it." : `${by.name} cancelled it.`;
  return props.audience === "prospect" ? "It was cancelled by our team." : "It was cancelled through the API.";
}

/** Pure: the email's paragraphs, its button and its footer for one audience and one kind of change. */
export function bookingInviteText(props: TBookingInviteProps): TBookingInviteText {
  const { audience, change, repName, leadLabel, url } = props;
  const isCancelled = change === "cancelled";
  const opening =
    audience === "prospect"
      ? `Your meeting with ${repName} ${VERB[change]}.`
      : audience === "owner"
        ? `The meeting of your lead ${leadLabel} with ${repName} ${VERB[change]}.`
        : `A meeting with ${leadLabel} ${VERB[change]}.`;
  const lines = [opening];
  if (isCancelled) {
    const by = cancelledByLine(props);
    if (by) lines.push(by);
  }
  const owner = audience === "rep" && props.ownerName ? props.ownerName : null;
  if (owner) lines.push(isCancelled ? `The lead is ${owner}'s now.` : `The lead is ${owner}'s now; the meeting stays with you.`);
  if (isCancelled) {
    const footer = "The cancellation is attached: open it to take the meeting off your calendar.";
    if (audience === "prospect") {
      if (!props.rebookUrl) return { lines, button: null, footer };
      return { lines: [...lines, "Would another time suit you?"], button: { label: "Book another time", url: props.rebookUrl }, footer };
    }
    return { lines, button: url ? { label: "Open the lead", url } : null, footer };
  }
  if (audience === "prospect") return { lines, button: url ? { label: "Reschedule or cancel", url } : null, footer: "The calendar invite is attached. Use the link above to reschedule or cancel." };
  if (audience === "owner") return { lines, button: url ? { label: "Open the lead", url } : null, footer: `The calendar invite is attached. The meeting is ${repName}'s: join it in their place if you like; a manager can move or cancel it from the lead page.` };
  if (!url) return { lines, button: null, footer: "The calendar invite is attached." };
  return { lines, button: { label: "Open the lead", url }, footer: owner ? "The calendar invite is attached. Move or cancel this meeting from the lead page's Meetings card." : "The calendar invite is attached. Reschedule or cancel from the lead page." };
}

export const bookingInviteTemplate = defineTemplate<TBookingInviteProps>({
  senderName: (props) => (props.audience === "prospect" ? (props.workspaceName ?? null) : null),
  subject: ({ audience, change, title, when, leadLabel }) =>
    change === "cancelled" ? `Cancelled: ${audience !== "prospect" ? `${title} · ${leadLabel}` : title}` : `${change === "rescheduled" ? "Updated" : "Confirmed"}: ${audience !== "prospect" ? `${leadLabel} · ` : ""}${title}, ${when}`,
  Component: (props) => {
    const { title, when, location, change } = props;
    const text = bookingInviteText(props);
    return (
      <EmailLayout preview={`${title} ${VERB[change]}`} footer={props.audience !== "prospect" && props.workspaceName ? `${text.footer} Workspace: ${props.workspaceName}.` : text.footer} brand={brandOf(props)}>
        {text.lines.map((line) => (
          <Text key={line} style={paragraphStyle}>
            {line}
          </Text>
        ))}
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
        {text.button ? (
          <>
            <Button href={text.button.url} style={buttonStyle}>
              {text.button.label}
            </Button>
            <Text style={{ ...paragraphStyle, marginTop: "24px" }}>
              Or copy this link into your browser: <Link href={text.button.url}>{text.button.url}</Link>
            </Text>
          </>
        ) : null}
      </EmailLayout>
    );
  },
});
