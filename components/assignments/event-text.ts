// Routing events on a lead's timeline → a title and a detail line, from the event's codes and
// ids (names looked up at render time). Null for events this module does not know. Pure.
// Money (an outcome's amount, stored as "90000.00") reads as the whole lead page writes it:
// formatMoney in the lead's currency ("$90,000"), which every caller must name.
import { ROLE_LABELS, type TRole } from "@/server/domain/auth/roles";
import { FIT_VERDICT_LABELS, type TFitVerdict } from "@/server/domain/outcomes/fit-verdicts";
import { roleWithArticle } from "@/server/domain/routing/member-role-in-routing";
import { LEAD_STAGES, stageLabel, type TLeadStage } from "@/server/domain/outcomes/lead-stages";
import { describeNurtureEvent } from "./nurture-event-text";
import { describeAcceptedEvent } from "./accepted-event-text";
import { formatDateTime, formatMoney } from "@/components/leads/format";

export interface TEventNames {
  repName(id: string): string;
  userName(id: string): string;
  /**
   * An instant (ISO) as the History reads it: the viewer's zone (lead-timeline.tsx hands a mark
   * that <ZonedText> formats in the browser). Without it: "Dec 7, 2026, 15:30 UTC" (formatDateTime, UTC named).
   */
  time?(iso: string): string;
}

export interface TEventText {
  title: string;
  detail: string | null;
}

type TData = Record<string, unknown>;

const str = (d: TData, key: string): string | null => (typeof d[key] === "string" && d[key] !== "" ? (d[key] as string) : null);
const num = (d: TData, key: string): number | null => (typeof d[key] === "number" && Number.isFinite(d[key]) ? (d[key] as number) : null);

const NOT_ROUTED_REASONS: Record<string, string> = {
  no_routing_config: "no routing is published",
};

function outcomeTitle(verb: "Routed" | "Reassigned", d: TData, names: TEventNames): string {
  const repId = str(d, "repId");
  switch (d.outcome) {
    case "assigned":
      return `${verb} to ${repId ? names.repName(repId) : "a rep"}`;
    case "fallback":
      return repId ? `${verb} to the backup queue (${names.repName(repId)})` : `${verb} to the backup queue`;
    case "nurture":
      return `${verb} to the nurture tier`;
    case "disqualified":
      return "Disqualified by routing";
    default:
      return verb;
  }
}

function routedDetail(d: TData): string | null {
  const parts: string[] = [];
  const path = str(d, "pathName");
  if (path) parts.push(/\bpath$/i.test(path) ? path : `${path} path`);
  const version = num(d, "configVersion");
  if (version !== null) parts.push(`routing v${version}`);
  const ms = num(d, "durationMs");
  if (ms !== null) parts.push(`${ms < 1 ? ms.toFixed(2) : Math.round(ms)} ms`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** Why the owner cannot work the lead any more: "Owner removed from the workspace" (also events written before role changes counted) or "Owner is now a Marketer". */
function ownerGoneText(d: TData): string {
  const role = str(d, "role");
  if (str(d, "cause") === "role_changed" && role) return `Owner is now ${Object.hasOwn(ROLE_LABELS, role) ? roleWithArticle(role as TRole) : role}`;
  return "Owner removed from the workspace";
}

/** The instant under `key` as the viewer reads it; null when missing or not a time. */
function timeOf(d: TData, key: string, names: TEventNames): string | null {
  const iso = str(d, key);
  if (!iso || Number.isNaN(new Date(iso).getTime())) return null;
  return names.time ? names.time(iso) : formatDateTime(new Date(iso));
}

function meetingDetail(d: TData, names: TEventNames): string | null {
  return timeOf(d, "startsAt", names);
}

/** "From <old> to <new>" (change-booking.ts keeps the old start as `from`); "To <new>" for events written before it did. */
function movedDetail(d: TData, names: TEventNames): string | null {
  const to = timeOf(d, "startsAt", names);
  const from = timeOf(d, "from", names);
  if (!to) return null;
  return from ? `From ${from} to ${to}` : `To ${to}`;
}

/** `currency`: the lead's (Lead.currency, "USD" by default), for an outcome's amount. */
export function describeLeadEvent(type: string, data: unknown, names: TEventNames, currency: string): TEventText | null {
  const d: TData = data && typeof data === "object" && !Array.isArray(data) ? (data as TData) : {};
  const rep = (key = "repId") => (str(d, key) ? names.repName(str(d, key)!) : "the rep");
  const user = (key = "byUserId") => (str(d, key) ? names.userName(str(d, key)!) : "a manager");
  switch (type) {
    case "routed":
      return { title: outcomeTitle("Routed", d, names), detail: routedDetail(d) };
    case "reassigned": {
      const by = str(d, "byUserId") ? `by ${user()}` : null;
      const reason = str(d, "reason");
      if (d.mode === "booking_fallback") return { title: `Moved to ${rep("to")}`, detail: `Booked with the next best rep (BOOKING_FALLBACK): ${rep("from")} had no free time soon` };
      if (d.mode === "manual") return { title: `Reassigned to ${rep("to")}`, detail: [by, reason && `Reason: ${reason}`].filter(Boolean).join(" · ") || null };
      if (d.mode === "next_best") {
        return { title: outcomeTitle("Reassigned", d, names), detail: [by, "next best rep", reason && `Reason: ${reason}`, routedDetail(d)].filter(Boolean).join(" · ") };
      }
      return { title: outcomeTitle("Reassigned", d, names), detail: [by, str(d, "note"), routedDetail(d)].filter(Boolean).join(" · ") || null };
    }
    case "returned":
      return { title: `Returned by ${rep()}`, detail: str(d, "reason") ? `Reason: ${str(d, "reason")}` : null };
    case "accepted":
      return describeAcceptedEvent(d, names);
    case "booked":
      return { title: `Meeting booked with ${rep()}${d.isFallback ? " (next best rep)" : ""}`, detail: meetingDetail(d, names) };
    case "booking_rescheduled":
      return { title: `Meeting moved (${rep()})`, detail: movedDetail(d, names) };
    case "booking_rep_left": {
      // An upcoming meeting with an owner who was removed or became a Marketer: kept, not cancelled (bookings/departed-rep-meetings.ts).
      const taker = str(d, "to") ? `${rep("to")} (the new owner) can take it` : "Its next owner can take it";
      return { title: `Meeting still booked with ${rep()}`, detail: [meetingDetail(d, names), ownerGoneText(d), `${taker}, or a manager can cancel it; the prospect still expects it`].filter(Boolean).join(" · ") };
    }
    case "booking_cancelled":
      return { title: `Meeting cancelled (${rep()})`, detail: str(d, "by") === "prospect" ? "By the prospect" : null };
    case "sla_reminded":
      return { title: `Reminder sent to ${rep()}`, detail: "Not accepted yet" };
    case "review_requested": {
      const minutes = num(d, "windowMinutes");
      const who = str(d, "reviewerUserId") ? names.userName(str(d, "reviewerUserId")!) : "A manager";
      return { title: "Manager review requested", detail: minutes === null ? null : `${who} has ${minutes} min to approve or change the owner` };
    }
    case "review_approved":
      return { title: `Review: ${user()} approved ${rep()}`, detail: null };
    case "review_changed": {
      const to = str(d, "repId") ? names.repName(str(d, "repId")!) : "another owner";
      const from = str(d, "fromRepId") ? names.repName(str(d, "fromRepId")!) : "the provisional owner";
      return { title: `Review: ${user()} gave the lead to ${to}`, detail: `Instead of ${from}${str(d, "reason") ? ` · Reason: ${str(d, "reason")}` : ""}` };
    }
    case "review_auto_confirmed":
      return { title: `Review window passed: ${rep()} confirmed`, detail: null };
    case "not_routed": {
      const reason = str(d, "reason");
      // A removed member's (or a new Marketer's) open lead in a workspace without published routing (assignments/owner-removed.ts).
      if (reason === "owner_removed") {
        return { title: `Unassigned from ${rep("from")}`, detail: `${ownerGoneText(d)}; no routing to hand it on: waiting for a manager to assign it` };
      }
      return { title: "Not routed", detail: reason ? (NOT_ROUTED_REASONS[reason] ?? reason.replace(/_/g, " ")) : null };
    }
    case "outcome":
      return outcomeEventText(d, names, currency);
    case "fit_feedback": {
      const verdict = str(d, "verdict");
      return { title: `Fit feedback from ${user()}: ${verdict && verdict in FIT_VERDICT_LABELS ? FIT_VERDICT_LABELS[verdict as TFitVerdict] : "given"}`, detail: str(d, "note") };
    }
    default:
      return type.startsWith("nurture_") ? describeNurtureEvent(type, d) : null;
  }
}

const OUTCOME_SOURCES: Record<string, string> = { INBOX: "from the inbox", LEAD_PAGE: "from the lead page", API: "from the API", BOOKING: "by a booking", SYSTEM: "by the app" };

function outcomeEventText(d: TData, names: TEventNames, currency: string): TEventText {
  const stage = str(d, "stage");
  const label = stage && (LEAD_STAGES as readonly string[]).includes(stage) ? stageLabel(stage as TLeadStage) : "updated";
  const by = str(d, "byUserId") ? ` by ${names.userName(str(d, "byUserId")!)}` : "";
  const occurred = timeOf(d, "occurredAt", names);
  const parts = [
    OUTCOME_SOURCES[str(d, "source") ?? ""] ?? null,
    str(d, "amount") ? `amount ${formatMoney(str(d, "amount")!, currency)}` : null,
    str(d, "reason") ? `Reason: ${str(d, "reason")}` : null,
    occurred ? `happened ${occurred}` : null,
    d.stageChanged === false ? "recorded as history (the lead is further along)" : null,
  ];
  // A cancelled meeting took the lead back (services/outcomes/meeting-cancelled.ts): the reason says who cancelled.
  const isMeetingCancelled = str(d, "source") === "BOOKING" && str(d, "previousStage") === "MEETING_BOOKED" && stage !== "MEETING_BOOKED" && d.stageChanged === true;
  if (isMeetingCancelled) return { title: `Back to ${label}`, detail: str(d, "reason") };
  return { title: `Marked ${label}${by}`, detail: parts.filter(Boolean).join(" · ") || null };
}
