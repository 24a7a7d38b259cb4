// Alert to a rep when a lead is assigned to them: who, how qualified, why them, and a one-click
// accept link (signed, expiring). Everything is passed as text: React escapes it. Times are in the
// recipient's own time zone, named as the booking emails and routing reasons name it, with its
// offset at the time said ("Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8)", zoneName).
import { Button, Hr, Link, Section, Text } from "@react-email/components";
import { localClock } from "../../domain/booking/slot-days";
import type { TReassignmentNotice } from "../../domain/routing/reassignment-notice";
import type { TSlaClockDeferral } from "../../domain/routing/sla-clock";
import { tierLabelOf } from "../../domain/leads/tier-label";
import { zoneName } from "../../domain/time/zone-name";
import { defineTemplate } from "./define-template";
import { formatEmailMoney, labelledAnswer } from "./email-format";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";
import { emailText, TEXT_RULE, textButton } from "./email-text";

export interface TRepAlertProps {
  repName: string;
  workspaceName: string;
  lead: {
    name: string;
    /** Empty or null for a lead without an email: the alert says "no email given". */
    email: string | null;
    /** The number to call (domain/leads/lead-phone.ts), shown after the email; absent or null: none given. */
    phone?: string | null;
    company: string | null;
    tierLabel: string;
    score: number;
    /** The lead's estimated value: an amount, written here in `currency` as the review request writes it ("$200,000"); text already written passes as it is. */
    estimatedValue: number | string | null;
    /** The value's currency (ISO 4217, "USD"; the lead's). */
    currency?: string | null;
  };
  dimensions: { label: string; points: number }[];
  breakdown: string[];
  /** Why this rep: the decision described in words ("Enterprise path · financial services match · …"). */
  reasons: string[];
  answers: { label: string; value: string }[];
  acceptUrl: string;
  leadUrl: string;
  acceptBy: Date | null;
  /** The lead reached the rep while away (off duty, on leave, in a meeting): when their accept clock (the SLA) starts. */
  clockStartsAt?: Date | null;
  /** Why the clock starts later, when known (the generic wording without). */
  clockDeferral?: TSlaClockDeferral | null;
  /** The recipient's IANA time zone: every time in the email is said in it (absent or unknown: UTC). */
  timeZone?: string;
  isProvisional: boolean;
  /** The speed-to-lead reminder: the same alert, re-sent before the lead moves on. */
  isReminder?: boolean;
  /** No path could place the lead: it reached the fallback queue this person owns. */
  fallbackQueue?: string | null;
  /** The lead had an owner before (or a person chose this one): who reassigned it, from whom, why (domain/routing/reassignment-notice.ts). */
  reassigned?: TReassignmentNotice | null;
  /**
   * The prospect's next upcoming meeting with a rep other than the recipient: with a rep who no
   * longer works leads here (removed, or now a Marketer) it is the recipient's to take; with an
   * active rep it stays with them unless a manager moves it.
   */
  meetingWithOtherRep?: TMeetingWithOtherRep | null;
}

export interface TMeetingWithOtherRep {
  startsAt: Date;
  repName: string;
  hasRepLeft: boolean;
}

// Long unbroken text (an answer of 500 "x") wraps instead of widening the email.
const wrapStyle = { overflowWrap: "anywhere", wordBreak: "break-word" } as const;
const rowStyle = { ...paragraphStyle, margin: "2px 0", ...wrapStyle };
const headingStyle = { ...paragraphStyle, fontWeight: 600, marginTop: "20px" };
// Room between the "Accept this lead" button and the line after it.
const afterButtonStyle = { ...rowStyle, marginTop: "16px" };

// The day's formatter per zone, built once per process (building one costs far more than using it);
// null: a zone the runtime does not know (the email says UTC). Bounded: beyond it, built per call.
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();
const MAX_CACHED_ZONES = 512;
const dayFormatOf = (timeZone: string): Intl.DateTimeFormat | null => {
  const cached = dayFormats.get(timeZone);
  if (cached !== undefined) return cached;
  let format: Intl.DateTimeFormat | null;
  try {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  } catch {
    format = null;
  }
  if (dayFormats.size < MAX_CACHED_ZONES) dayFormats.set(timeZone, format);
  return format;
};
const zoneOf = (timeZone: string | undefined) => (timeZone && dayFormatOf(timeZone) ? timeZone : "UTC");
const localDay = (d: Date, timeZone: string) => (dayFormatOf(timeZone) ?? dayFormatOf("UTC")!).format(d);

/** "07:00 Los Angeles (GMT−8)": a clock time in `zone`, named with the zone's offset at that instant. */
const zonedClock = (d: Date, zone: string) => `${localClock(d, zone)} ${zoneName(zone, d)}`;

/** "Tuesday, 1 December 2026, 07:00 Los Angeles (GMT−8)": an instant in the recipient's zone, named. */
export function zonedTime(d: Date, timeZone?: string): string {
  const zone = zoneOf(timeZone);
  return `${localDay(d, zone)}, ${zonedClock(d, zone)}`;
}

/** The line about the prospect's meeting with a rep who left: when, with whom, and that it is the recipient's to take. */
export function departedMeetingLine(meeting: { startsAt: Date; repName: string }, timeZone?: string): string {
  return `The prospect has a meeting booked for ${zonedTime(meeting.startsAt, timeZone)} with ${meeting.repName}, who no longer works leads here. It has not been cancelled: please take it in their place (the details are on the lead page), or ask a manager to cancel it.`;
}

/** The line about the prospect's meeting with another rep: a departed rep's is the recipient's to take, an active rep's stays with them. */
export function otherRepMeetingLine(meeting: TMeetingWithOtherRep, timeZone?: string): string {
  if (meeting.hasRepLeft) return departedMeetingLine(meeting, timeZone);
  return `The prospect has a meeting booked for ${zonedTime(meeting.startsAt, timeZone)} with ${meeting.repName}: it stays with ${meeting.repName} unless a manager moves it (the details are on the lead page).`;
}

const AWAY: Record<TSlaClockDeferral, string> = {
  off_hours: "outside your working hours",
  on_leave: "while you are on leave",
  in_meeting: "while you are in a meeting",
};

/**
 * The accept-by line, in the recipient's zone; for a lead that reached the rep away, it says why
 * (when known) and that the clock starts when they are next available. A deadline on the clock's
 * own day gives only its time.
 */
export function acceptByLine(acceptBy: Date, clockStartsAt: Date | null | undefined, timeZone?: string, deferral?: TSlaClockDeferral | null): string {
  const zone = zoneOf(timeZone);
  const sameDay = clockStartsAt && localDay(clockStartsAt, zone) === localDay(acceptBy, zone);
  const deadline = `Please accept by ${sameDay ? zonedClock(acceptBy, zone) : zonedTime(acceptBy, zone)}; after that it is offered to the next rep.`;
  if (!clockStartsAt) return deadline;
  const away = deferral ? `This lead reached you ${AWAY[deferral]}` : "This lead reached you while you are away (outside your working hours, on leave or in a meeting)";
  return `${away}: your clock starts when you are next available, ${zonedTime(clockStartsAt, zone)}. ${deadline}`;
}

/** The deal value as the alert states it: with its currency, by the review request's helper ("$200,000", "€75,000"); null when none. */
export function alertValue(lead: Pick<TRepAlertProps["lead"], "estimatedValue" | "currency">): string | null {
  const value = lead.estimatedValue;
  return value === null || (typeof value === "string" && value.trim() === "") ? null : formatEmailMoney(value, lead.currency);
}

/** The lead's email as the alert shows it: "no email given" for a lead without one, never an empty or "undefined" address. */
export function alertEmail(email: string | null | undefined): string {
  return email?.trim() || "no email given";
}

/** "Reason: …" as a sentence (the reason may end with its own stop). */
const reasonSentence = (reason: string | null) => (reason ? ` Reason: ${/[.!?…]$/.test(reason) ? reason : `${reason}.`}` : "");

/** How a reassigned lead reached the recipient: who reassigned it, from whom, why. */
function reassignedLine(r: TReassignmentNotice, provisionally: string): string {
  const from = r.fromRepName ? ` from ${r.fromRepName}` : "";
  switch (r.cause) {
    case "not_accepted":
      return `this lead was reassigned to you${provisionally} because ${r.fromRepName ?? "its previous owner"} did not accept it in time.`;
    case "owner_left":
      return `this lead was handed on to you${provisionally}${from}, who no longer works leads here.${reasonSentence(r.byName && r.reason ? `${r.reason} (by ${r.byName})` : r.reason)}`;
    case "returned":
      return `${r.fromRepName ?? "its previous owner"} returned this lead and it was reassigned to you${provisionally}.${reasonSentence(r.reason)}`;
    case "person": {
      const verb = r.isFirstOwner ? "assigned" : "reassigned";
      return `${r.byName ? `${r.byName} ${verb} this lead to you` : `this lead was ${verb} to you`}${from}${r.isThroughApi ? " through the API" : ""}${provisionally}.${reasonSentence(r.reason)}`;
    }
  }
}

/** How a lead that had an owner left them for the fallback queue: taken after the SLA, handed on, returned, reassigned. */
function takenFromClause(r: TReassignmentNotice): { clause: string; reason: string | null } {
  const from = r.fromRepName ?? "its previous owner";
  switch (r.cause) {
    case "not_accepted":
      return { clause: `this lead was taken from ${from} because they did not accept it in time`, reason: null };
    case "owner_left":
      return { clause: `this lead was handed on from ${from}, who no longer works leads here`, reason: r.byName && r.reason ? `${r.reason} (by ${r.byName})` : r.reason };
    case "returned":
      return { clause: `${from} returned this lead`, reason: r.reason };
    case "person":
      return { clause: `${r.byName ? `${r.byName} reassigned this lead` : "this lead was reassigned"}${r.fromRepName ? ` from ${r.fromRepName}` : ""}${r.isThroughApi ? " through the API" : ""}`, reason: r.reason };
  }
}

/** The fallback queue owner's first sentence: why the lead reached their queue (from whom and why, when it had an owner). */
function fallbackLine(repName: string, queue: string, reassigned: TReassignmentNotice | null | undefined): string {
  const ask = "Please pick it up or assign it to a rep.";
  if (!reassigned) return `Hi ${repName}, no routing path could place this lead, so it reached the fallback queue “${queue}” that you own. ${ask}`;
  const { clause, reason } = takenFromClause(reassigned);
  return `Hi ${repName}, ${clause}, and no other rep could take it, so it reached the fallback queue “${queue}” that you own.${reasonSentence(reason)} ${ask}`;
}

/** The first sentence: a new lead, a reassigned one (by whom, why), the reminder of one not yet accepted, or the fallback queue's. */
export function openingLine(p: Pick<TRepAlertProps, "repName" | "fallbackQueue" | "isReminder" | "isProvisional" | "reassigned">): string {
  if (p.fallbackQueue) return fallbackLine(p.repName, p.fallbackQueue, p.reassigned);
  const provisionally = p.isProvisional ? " (provisionally — a manager is reviewing this high-value lead)" : "";
  if (p.isReminder) return `Hi ${p.repName}, a reminder: the lead below was ${p.reassigned ? "reassigned" : "routed"} to you${provisionally} and is still waiting for you to accept it.`;
  if (p.reassigned) return `Hi ${p.repName}, ${reassignedLine(p.reassigned, provisionally)}`;
  return `Hi ${p.repName}, a new lead was routed to you${provisionally}.`;
}

/** The footer: why the recipient gets this email. */
const footerOf = (p: TRepAlertProps) =>
  p.fallbackQueue ? `You receive this because you own the fallback queue “${p.fallbackQueue}” in ${p.workspaceName} on Switchboard.` : `You receive this because you are a rep in ${p.workspaceName} on Switchboard.`;
/** The lead's contact line (its name is bold in the HTML): name · email · phone · company. */
const contactRest = (lead: TRepAlertProps["lead"]) => ` · ${alertEmail(lead.email)}${lead.phone ? ` · ${lead.phone}` : ""}${lead.company ? ` · ${lead.company}` : ""}`;
const qualificationLine = (lead: TRepAlertProps["lead"]) => `${tierLabelOf(lead.tierLabel)} · score ${lead.score}${alertValue(lead) ? ` · est. ${alertValue(lead)}` : ""}`;
const dimensionsLine = (p: TRepAlertProps) => p.dimensions.map((d) => `${d.label} ${d.points}`).join(" · ");
const whyHeading = (p: TRepAlertProps) => (p.fallbackQueue ? "Why it reached the fallback queue" : "Why you");
const ACCEPT_LABEL = "Accept this lead";
const OPEN_LEAD = "Open the lead: ";

/** The text part: the HTML's paragraphs in its order, as html-to-text writes them (email-text.ts). */
function repAlertText(p: TRepAlertProps): string {
  return emailText({ footer: footerOf(p) }, [
    openingLine(p),
    p.meetingWithOtherRep && otherRepMeetingLine(p.meetingWithOtherRep, p.timeZone),
    p.lead.name + contactRest(p.lead),
    qualificationLine(p.lead),
    dimensionsLine(p),
    textButton(ACCEPT_LABEL, p.acceptUrl),
    p.acceptBy && acceptByLine(p.acceptBy, p.clockStartsAt, p.timeZone, p.clockDeferral),
    whyHeading(p),
    ...p.reasons.map((r) => `• ${r}`),
    "Score breakdown",
    ...p.breakdown,
    "Answers",
    ...p.answers.map((a) => labelledAnswer(a.label, a.value)),
    TEXT_RULE,
    OPEN_LEAD + p.leadUrl,
  ]);
}

export const repAlertTemplate = defineTemplate<TRepAlertProps>({
  subject: ({ lead, isReminder, fallbackQueue, reassigned }) =>
    `${fallbackQueue ? `Fallback queue “${fallbackQueue}”: ` : ""}${isReminder ? "Reminder — not yet accepted: " : reassigned && !fallbackQueue ? `${reassigned.isFirstOwner ? "Assigned" : "Reassigned"} to you: ` : reassigned ? "Reassigned " : "New "}${tierLabelOf(lead.tierLabel)} lead: ${lead.name}${lead.company ? ` (${lead.company})` : ""}`,
  text: repAlertText,
  Component: (p) => (
    <EmailLayout preview={`${p.lead.name} — ${tierLabelOf(p.lead.tierLabel)}, score ${p.lead.score}`} footer={footerOf(p)}>
      <Text style={paragraphStyle}>{openingLine(p)}</Text>
      {p.meetingWithOtherRep && <Text style={{ ...paragraphStyle, fontWeight: 600 }}>{otherRepMeetingLine(p.meetingWithOtherRep, p.timeZone)}</Text>}
      <Section>
        <Text style={rowStyle}><strong>{p.lead.name}</strong>{contactRest(p.lead)}</Text>
        <Text style={rowStyle}>{qualificationLine(p.lead)}</Text>
        <Text style={rowStyle}>{dimensionsLine(p)}</Text>
      </Section>
      <Button href={p.acceptUrl} style={buttonStyle}>{ACCEPT_LABEL}</Button>
      {p.acceptBy && <Text style={afterButtonStyle}>{acceptByLine(p.acceptBy, p.clockStartsAt, p.timeZone, p.clockDeferral)}</Text>}
      <Text style={headingStyle}>{whyHeading(p)}</Text>
      {p.reasons.map((r, i) => <Text key={i} style={rowStyle}>• {r}</Text>)}
      <Text style={headingStyle}>Score breakdown</Text>
      {p.breakdown.map((b, i) => <Text key={i} style={rowStyle}>{b}</Text>)}
      <Text style={headingStyle}>Answers</Text>
      {p.answers.map((a, i) => <Text key={i} style={rowStyle}>{labelledAnswer(a.label, a.value)}</Text>)}
      <Hr />
      <Text style={rowStyle}>{OPEN_LEAD}<Link href={p.leadUrl}>{p.leadUrl}</Link></Text>
    </EmailLayout>
  ),
});
