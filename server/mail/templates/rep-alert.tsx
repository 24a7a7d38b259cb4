// Alert to a rep when a lead is assigned to them: who, how qualified, why them, and a one-click
// accept link (signed, expiring). Everything is passed as text: React escapes it.
import { Button, Hr, Link, Section, Text } from "@react-email/components";
import type { TReassignmentNotice } from "../../domain/routing/reassignment-notice";
import { defineTemplate } from "./define-template";
import { EmailLayout, buttonStyle, paragraphStyle } from "./email-layout";

export interface TRepAlertProps {
  repName: string;
  workspaceName: string;
  lead: { name: string; email: string; company: string | null; tierLabel: string; score: number; estimatedValue: string | null };
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

const rowStyle = { ...paragraphStyle, margin: "2px 0" };
const headingStyle = { ...paragraphStyle, fontWeight: 600, marginTop: "20px" };
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The line about the prospect's meeting with a rep who left: when, with whom, and that it is the recipient's to take. */
export function departedMeetingLine(meeting: { startsAt: Date; repName: string }): string {
  return `The prospect has a meeting booked for ${utc(meeting.startsAt)} with ${meeting.repName}, who no longer works leads here. It has not been cancelled: please take it in their place (the details are on the lead page), or ask a manager to cancel it.`;
}

/** The line about the prospect's meeting with another rep: a departed rep's is the recipient's to take, an active rep's stays with them. */
export function otherRepMeetingLine(meeting: TMeetingWithOtherRep): string {
  if (meeting.hasRepLeft) return departedMeetingLine(meeting);
  return `The prospect has a meeting booked for ${utc(meeting.startsAt)} with ${meeting.repName}: it stays with ${meeting.repName} unless a manager moves it (the details are on the lead page).`;
}

/** The accept-by line; for a lead that reached the rep off duty, it says the clock starts when they are next at work. */
export function acceptByLine(acceptBy: Date, clockStartsAt: Date | null | undefined): string {
  const deadline = `Please accept by ${utc(acceptBy)}; after that it is offered to the next rep.`;
  return clockStartsAt ? `This lead reached you while you are away (outside your working hours, on leave or in a meeting): your clock starts when you are next available, ${utc(clockStartsAt)}. ${deadline}` : deadline;
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

/** The first sentence: a new lead, a reassigned one (by whom, why), the reminder of one not yet accepted, or the fallback queue's. */
export function openingLine(p: Pick<TRepAlertProps, "repName" | "fallbackQueue" | "isReminder" | "isProvisional" | "reassigned">): string {
  if (p.fallbackQueue) return `Hi ${p.repName}, no routing path could place this lead, so it reached the fallback queue “${p.fallbackQueue}” that you own. Please pick it up or assign it to a rep.`;
  const provisionally = p.isProvisional ? " (provisionally — a manager is reviewing this high-value lead)" : "";
  if (p.isReminder) return `Hi ${p.repName}, a reminder: the lead below was ${p.reassigned ? "reassigned" : "routed"} to you${provisionally} and is still waiting for you to accept it.`;
  if (p.reassigned) return `Hi ${p.repName}, ${reassignedLine(p.reassigned, provisionally)}`;
  return `Hi ${p.repName}, a new lead was routed to you${provisionally}.`;
}

export const repAlertTemplate = defineTemplate<TRepAlertProps>({
  subject: ({ lead, isReminder, fallbackQueue, reassigned }) =>
    `${fallbackQueue ? `Fallback queue “${fallbackQueue}”: ` : ""}${isReminder ? "Reminder — not yet accepted: " : reassigned && !fallbackQueue ? `${reassigned.isFirstOwner ? "Assigned" : "Reassigned"} to you: ` : "New "}${lead.tierLabel.toLowerCase()} lead: ${lead.name}${lead.company ? ` (${lead.company})` : ""}`,
  Component: (p) => (
    <EmailLayout
      preview={`${p.lead.name} — ${p.lead.tierLabel}, score ${p.lead.score}`}
      footer={p.fallbackQueue ? `You receive this because you own the fallback queue “${p.fallbackQueue}” in ${p.workspaceName} on Switchboard.` : `You receive this because you are a rep in ${p.workspaceName} on Switchboard.`}
    >
      <Text style={paragraphStyle}>{openingLine(p)}</Text>
      {p.meetingWithOtherRep && <Text style={{ ...paragraphStyle, fontWeight: 600 }}>{otherRepMeetingLine(p.meetingWithOtherRep)}</Text>}
      <Section>
        <Text style={rowStyle}><strong>{p.lead.name}</strong> · {p.lead.email}{p.lead.company ? ` · ${p.lead.company}` : ""}</Text>
        <Text style={rowStyle}>{p.lead.tierLabel} · score {p.lead.score}{p.lead.estimatedValue ? ` · est. ${p.lead.estimatedValue}` : ""}</Text>
        <Text style={rowStyle}>{p.dimensions.map((d) => `${d.label} ${d.points}`).join(" · ")}</Text>
      </Section>
      <Button href={p.acceptUrl} style={buttonStyle}>Accept this lead</Button>
      {p.acceptBy && <Text style={rowStyle}>{acceptByLine(p.acceptBy, p.clockStartsAt)}</Text>}
      <Text style={headingStyle}>{p.fallbackQueue ? "Why it reached the fallback queue" : "Why you"}</Text>
      {p.reasons.map((r, i) => <Text key={i} style={rowStyle}>• {r}</Text>)}
      <Text style={headingStyle}>Score breakdown</Text>
      {p.breakdown.map((b, i) => <Text key={i} style={rowStyle}>{b}</Text>)}
      <Text style={headingStyle}>Answers</Text>
      {p.answers.map((a, i) => <Text key={i} style={rowStyle}>{a.label}: {a.value}</Text>)}
      <Hr />
      <Text style={rowStyle}>Open the lead: <Link href={p.leadUrl}>{p.leadUrl}</Link></Text>
    </EmailLayout>
  ),
});
