// The "accepted" entry on a lead's timeline → a title and a detail line that say how the lead was
// accepted (server/services/outcomes/accept-lead.ts writes it): the accept link or button (no
// `via`, as every entry before the other ways were recorded), working the lead (`via: "outcome"`,
// attributed to the rep) or a meeting booked (`via: "booking"`, attributed to whoever booked: the
// prospect, a member, the API). Pure.
import { LEAD_STAGES, stageLabel, type TLeadStage } from "@/server/domain/outcomes/lead-stages";
import { formatDuration } from "./format-duration";

/** The same shapes as event-text's (which calls this module). */
type TEventText = { title: string; detail: string | null };
type TNames = { repName(id: string): string; userName(id: string): string };
type TData = Record<string, unknown>;

const str = (d: TData, key: string): string | null => (typeof d[key] === "string" && d[key] !== "" ? (d[key] as string) : null);
const num = (d: TData, key: string): number | null => (typeof d[key] === "number" && Number.isFinite(d[key]) ? (d[key] as number) : null);

const SOURCES: Record<string, string> = { INBOX: "From the inbox", LEAD_PAGE: "From the lead page", API: "From the API" };

function bookedTitle(d: TData, rep: string, names: TNames): string {
  const bookedBy = str(d, "bookedBy") ?? "prospect";
  const userId = str(d, "byUserId");
  if (bookedBy.startsWith("rep:") && userId) return `Accepted when ${names.userName(userId)} booked a meeting with ${rep}`;
  if (bookedBy === "api") return `Accepted when a meeting with ${rep} was booked through the API`;
  return `Accepted when the prospect booked a meeting with ${rep}`;
}

export function describeAcceptedEvent(d: TData, names: TNames): TEventText {
  const repId = str(d, "repId");
  const rep = repId ? names.repName(repId) : "the rep";
  const ms = num(d, "timeToAcceptMs");
  const timeToAccept = ms === null ? null : `Time to accept ${formatDuration(ms)}`;
  if (d.via === "booking") return { title: bookedTitle(d, rep, names), detail: timeToAccept };
  if (d.via === "outcome") {
    const stage = str(d, "stage");
    const marked = stage && (LEAD_STAGES as readonly string[]).includes(stage) ? `: marked ${stageLabel(stage as TLeadStage)}` : " by working the lead";
    return { title: `Accepted by ${rep}${marked}`, detail: [SOURCES[str(d, "source") ?? ""] ?? null, timeToAccept].filter(Boolean).join(" · ") || null };
  }
  return { title: `Accepted by ${rep}`, detail: timeToAccept };
}
