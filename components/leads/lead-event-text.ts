// A lead's timeline entry → a title and a detail line, as sentences. Routing, booking, outcome
// and nurture events come from components/assignments/event-text.ts; the intake's own events
// (submitted, scored, flagged as spam, marked not spam by a hand assignment) and the prospect's
// time request are read here. Any other
// event, or data this module does not know, is shown as plain "key: value" text (scalars only).
// Pure.
import { describeLeadEvent, type TEventNames, type TEventText } from "@/components/assignments/event-text";

type TData = Record<string, unknown>;

const str = (d: TData, key: string): string | null => (typeof d[key] === "string" && d[key] !== "" ? (d[key] as string) : null);
const num = (d: TData, key: string): number | null => (typeof d[key] === "number" && Number.isFinite(d[key]) ? (d[key] as number) : null);

const EVENT_LABELS: Record<string, string> = {
  submitted: "Submitted",
  scored: "Scored",
  flagged_spam: "Flagged as spam",
  spam_flagged: "Flagged as spam",
  repeat_detected: "Repeat submission",
  time_requested: "Asked for another time",
  routed: "Routed",
  assigned: "Assigned",
  accepted: "Accepted",
};

/** How the lead came in (the intake's `source`). */
const SOURCE_PHRASES: Record<string, string> = {
  hosted: "on the hosted form",
  embed: "through the embedded form",
  api: "through the API",
  public_api: "through the form's public API",
  import: "by an import",
};

const SPAM_REASONS: Record<string, string> = {
  honeypot: "The hidden trap field was filled in",
  too_fast: "Sent faster than a person can fill the form",
};

/** "sales_ready" → "Sales ready", "formVersion" → "form version" (for keys and codes nobody labelled). */
export function humanize(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();
}

const capitalise = (text: string) => text.replace(/^\w/, (c) => c.toUpperCase());

/** Scalar values of the data as "key: value" text, except the keys already put into words. */
export function describeEventData(data: unknown, shown: readonly string[] = []): string {
  if (!data || typeof data !== "object" || Array.isArray(data)) return "";
  return Object.entries(data as TData)
    .filter(([k, v]) => !shown.includes(k) && (typeof v === "string" || typeof v === "number" || typeof v === "boolean"))
    .map(([k, v]) => `${humanize(k)}: ${String(v)}`)
    .join(" · ");
}

function joinDetail(parts: (string | null | false)[]): string | null {
  const text = parts.filter(Boolean).join(" · ");
  return text ? capitalise(text) : null;
}

function submittedText(d: TData): TEventText {
  const source = str(d, "source");
  const isLeadsApi = str(d, "via") === "api";
  let how = source ? (SOURCE_PHRASES[source] ?? `(source: ${source})`) : "";
  if (isLeadsApi && source !== "api") how = `through the leads API${source ? ` (source: ${source})` : ""}`;
  const version = num(d, "formVersion");
  return {
    title: how ? `Submitted ${how}` : "Submitted",
    detail: joinDetail([version !== null && `form version ${version}`, d.isRepeat === true && "repeat of an earlier lead", describeEventData(d, ["source", "via", "formVersion", "isRepeat"])]),
  };
}

function scoredText(d: TData, tierLabels: Readonly<Record<string, string>>): TEventText {
  const total = num(d, "total");
  const tier = str(d, "tier");
  const label = tier && (Object.hasOwn(tierLabels, tier) ? tierLabels[tier] : capitalise(humanize(tier)));
  const title = [total === null ? "Scored" : `Scored ${total}`, label].filter(Boolean).join(" — ");
  return { title, detail: joinDetail([describeEventData(d, ["total", "tier"])]) };
}

function spamText(d: TData): TEventText {
  const reason = str(d, "reason");
  return { title: "Flagged as spam", detail: joinDetail([reason && (SPAM_REASONS[reason] ?? `reason: ${humanize(reason)}`), describeEventData(d, ["reason"])]) };
}

/** A spam-flagged lead a person gave to a named rep (assignments/reassign-lead.ts): no longer spam. */
function spamClearedText(d: TData, names: TEventNames): TEventText {
  const by = str(d, "byUserId");
  return { title: `Marked not spam${by ? ` by ${names.userName(by)}` : ""} (assigned by hand)`, detail: joinDetail([describeEventData(d, ["byUserId", "assignmentId"])]) };
}

function labelOf(type: string): string {
  return EVENT_LABELS[type] ?? capitalise(humanize(type));
}

/** What the lead itself tells the timeline: its currency and its scoring model's tier names. */
export interface TLeadEventContext {
  /** The lead's (Lead.currency): an outcome's amount reads "$90,000" (formatMoney), as Summary and Lifecycle write it. */
  currency: string;
  /** Tier keys as the scoring model names them ("sales_ready" → "Sales-ready"); a tier not in it is put into words ("Sales ready"). */
  tierLabels?: Readonly<Record<string, string>>;
}

/** One timeline entry. */
export function leadEventText(type: string, data: unknown, names: TEventNames, { currency, tierLabels = {} }: TLeadEventContext): TEventText {
  const known = describeLeadEvent(type, data, names, currency);
  if (known) return known;
  const d: TData = data && typeof data === "object" && !Array.isArray(data) ? (data as TData) : {};
  switch (type) {
    case "submitted":
      return submittedText(d);
    case "scored":
      return scoredText(d, tierLabels);
    case "flagged_spam":
    case "spam_flagged":
      return spamText(d);
    case "spam_cleared":
      return spamClearedText(d, names);
    case "time_requested":
      return { title: labelOf(type), detail: joinDetail([str(d, "note") && `“${str(d, "note")}”`, describeEventData(d, ["note"])]) };
    default:
      return { title: labelOf(type), detail: joinDetail([describeEventData(d)]) };
  }
}
