// Reason codes → text for the lead page, the rep alert and the API ("at capacity 10/10", "out of
// office until 2 Dec", "outside working hours until 09:00 New York (GMT−5)"). Text is English;
// `locale` formats numbers and dates. Instants show in the rep's own time zone, named as the
// booking texts name it (zoneName), with its offset at the instant said; a stored reason without
// a usable instant takes the offset at `at` (when the decision was made), else names the place
// alone. Values routing compares (deal value for seniority, open pipeline value, the pipeline cap)
// are in the workspace's routing currency (each lead's value converted at intake: Lead.routingValue;
// LEAD_VALUE_CURRENCY says how a lead in another currency entered); they carry no currency sign.
import { SEGMENT_LABELS, SENIORITY_LABELS, type TSegment } from "../reps/rep-options";
import { DAY_SHORT_NAMES } from "../reps/working-hours";
import { instantOf, zoneName } from "../time/zone-name";
import type { TFilterKey, TReasonCode } from "./reason-codes";
import type { TMatchField } from "./routing-config";
import { describeLearnedReason } from "./learned/describe-learned-reason";
import { routingValueNote } from "../money/routing-value";

export interface TRoutingNames {
  repName(id: string): string;
  teamName(id: string): string;
}

export interface TDescribeOptions {
  /** The short form used in one-line summaries ("lightest pipeline" without the numbers). */
  brief?: boolean;
  /** When the reason was made (the decision's evaluatedAtIso): a zone's offset when the reason carries no usable instant of its own; none → the place only. */
  at?: string | null;
}

const FILTER_LABELS: Record<TFilterKey, string> = {
  skills: "skills",
  industry: "industry",
  segment: "segment",
  language: "language",
  region: "region",
  seniority: "deal value for seniority",
  available_now: "availability",
  recent_volume: "volume balancing",
};

function showValue(field: TMatchField, value: string): string {
  if (field === "segment" && Object.hasOwn(SEGMENT_LABELS, value.toUpperCase())) return SEGMENT_LABELS[value.toUpperCase() as TSegment];
  return value.replace(/_/g, " ");
}

function showValues(field: TMatchField, values: readonly string[]): string {
  return values.map((v) => showValue(field, v)).join(", ");
}

function dateIn(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone }).format(new Date(iso));
}

function timeIn(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(iso));
}

/** "1 open lead", "3 open leads". */
function openLeads(n: number, num: (n: number) => string): string {
  return `${num(n)} open lead${n === 1 ? "" : "s"}`;
}

export function describeReason(reason: TReasonCode, names: TRoutingNames, locale = "en-GB", options: TDescribeOptions = {}): string {
  const num = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  // "Los Angeles (GMT−8)": the rep's zone with its offset at the instant described (DST right).
  const zone = (timeZone: string, iso: string | null) => zoneName(timeZone, instantOf(iso) ?? instantOf(options.at));
  const rep = (id: string) => names.repName(id);
  const preferred = (mode: string) => (mode === "preferred" ? " (preferred)" : "");
  switch (reason.code) {
    case "PATH_MATCHED":
      return /\bpath$/i.test(reason.pathName) ? reason.pathName : `${reason.pathName} path`;
    case "NAMED_REP":
      return `assigned to ${rep(reason.repId)} by name`;
    case "NURTURE":
      return "nurture tier";
    case "NURTURE_GRADUATED": {
      const what = { click: "clicked a link in a nurture email", return_visit: "came back to the form", return_submission: "submitted again" }[reason.engagement];
      return options.brief ? `graduated from nurture: ${what}` : `graduated from nurture: ${what}, +${reason.points} intent (${reason.intentPoints} in all) made the lead ${reason.tier.replace(/_/g, "-")}`;
    }
    case "MANUAL_OVERRIDE":
      return options.brief || !reason.reason ? "assigned manually" : `assigned manually: ${reason.reason}`;
    case "DISQUALIFIED":
      return "disqualified";
    case "LEAD_VALUE_CURRENCY":
      return routingValueNote(reason.amount, reason.currency, reason.routingValue, reason.routingCurrency) ?? "value in the routing currency";
    case "BOOKING_FALLBACK":
      return options.brief ? "booked with the next best rep" : `booked with the next best rep: ${rep(reason.fromRepId)} had no free time within ${reason.windowDays} working days`;
    case "FALLBACK":
      return `fallback queue “${reason.queueName}”`;
    case "UNKNOWN_TEAM":
      return `team ${names.teamName(reason.teamId)} no longer exists`;
    case "TEAM_INACTIVE":
      return `${names.teamName(reason.teamId)} team is inactive`;
    case "NO_ELIGIBLE_REP":
      return reason.teamId === null ? "the named rep cannot take leads now" : `no eligible rep in ${names.teamName(reason.teamId)} (${reason.candidates} member${reason.candidates === 1 ? "" : "s"})`;
    case "MATCHED":
      return reason.field === "skills" ? `skill match: ${showValues("skills", reason.values)}` : `${showValues(reason.field, reason.values)} match`;
    case "SENIORITY_OK":
      return `${SENIORITY_LABELS[reason.seniority]} for a ${num(reason.value)} deal (${SENIORITY_LABELS[reason.minSeniority]}+ needed)`;
    case "AVAILABLE_NOW":
      return "available now";
    case "HAS_CAPACITY":
      return reason.maxOpenLeads === null ? `has capacity (${reason.openLeads} open)` : `has capacity ${reason.openLeads}/${reason.maxOpenLeads}`;
    case "VOLUME_OK":
      return `${reason.assigned} leads in the last ${reason.hours} h (pool mean ${num(reason.mean)})`;
    case "LEAD_VALUE_UNKNOWN":
      return `${FILTER_LABELS[reason.filter]} of the lead unknown: not filtered`;
    case "PREFERENCE_WAIVED":
      return `preferred ${FILTER_LABELS[reason.filter]} waived: no rep matched`;
    case "ROUND_ROBIN_TURN":
      return reason.variant === "strict" ? "round-robin turn" : `${reason.variant} round-robin turn`;
    case "LEAST_LOADED":
      return options.brief ? "lightest pipeline" : `lightest pipeline (${openLeads(reason.openLeads, num)}, open pipeline value ${num(reason.openPipelineValue)})`;
    case "BEST_MATCH":
      return `best match (score ${num(reason.score)})`;
    case "SOONEST_AVAILABLE":
      if (reason.isNow) return "available soonest (now)";
      return reason.availableAtIso === null ? "available soonest" : `available soonest: ${dateIn(reason.availableAtIso, reason.timeZone, locale)} ${timeIn(reason.availableAtIso, reason.timeZone, locale)} ${zone(reason.timeZone, reason.availableAtIso)}`;
    case "TIE_BROKEN_BY_ROTATION":
      return `tie with ${reason.tiedWith} other rep${reason.tiedWith === 1 ? "" : "s"} broken by rotation`;
    case "ACCOUNT_OWNER":
      return `account owner of ${reason.domain}`;
    case "ACCOUNT_OWNER_INELIGIBLE":
      return `account owner ${rep(reason.ownerRepId)} (${reason.domain}) not eligible`;
    case "ACCOUNT_OWNER_NOT_IN_POOL":
      return `account owner ${rep(reason.ownerRepId)} (${reason.domain}) is not in this team`;
    case "UNKNOWN_REP":
      return "not a rep any more";
    case "INACTIVE":
      return "inactive";
    case "AT_CAPACITY_OPEN":
      return `at capacity ${reason.open}/${reason.max}`;
    case "AT_CAPACITY_DAILY":
      return `daily limit reached ${reason.today}/${reason.max}`;
    case "AT_CAPACITY_PIPELINE":
      return `pipeline cap: ${num(reason.openValue)} open + ${num(reason.leadValue)} over ${num(reason.max)}`;
    case "BACKLOG":
      return `backlog ${num(reason.weighted)}/${num(reason.max)}: ${reason.uncontacted} untouched, ${reason.pastSla} past SLA, ${reason.worked} being worked`;
    case "LEAVE_SOON":
      return `leave starts ${dateIn(reason.startsAtIso, reason.timeZone, locale)} (within ${reason.withinDays} days)`;
    case "OUT_OF_OFFICE":
      return `out of office until ${dateIn(reason.untilIso, reason.timeZone, locale)}`;
    case "IN_MEETING":
      return `in a meeting until ${timeIn(reason.untilIso, reason.timeZone, locale)} ${zone(reason.timeZone, reason.untilIso)}`;
    case "NO_WORKING_HOURS":
      return "no working hours set";
    case "OUTSIDE_WORKING_HOURS": {
      if (reason.nextLocalTime === null) return "outside working hours";
      const day = reason.nextLocalWeekday === null ? "" : `${DAY_SHORT_NAMES[reason.nextLocalWeekday] ?? ""} `;
      return `outside working hours until ${day}${reason.nextLocalTime} ${zone(reason.timeZone, reason.nextStartIso)}`;
    }
    case "MATCH_MISSING":
      return reason.field === "skills"
        ? `skill missing: ${showValues("skills", reason.wanted)}${preferred(reason.mode)}`
        : `${reason.field} mismatch: not ${showValues(reason.field, reason.wanted)}${preferred(reason.mode)}`;
    case "SENIORITY_TOO_LOW":
      return `${SENIORITY_LABELS[reason.seniority]}, ${SENIORITY_LABELS[reason.minSeniority]}+ needed for a ${num(reason.value)} deal${preferred(reason.mode)}`;
    case "HIGH_RECENT_VOLUME":
      return `${reason.assigned} leads in the last ${reason.hours} h, more than pool mean ${num(reason.mean)} + ${num(reason.maxAboveMean)}${preferred(reason.mode)}`;
    case "NOT_CHOSEN_TURN":
      return `not chosen: round-robin turn of ${rep(reason.chosenRepId)}`;
    case "NOT_CHOSEN_PRIORITY":
      return `not chosen: lower priority (${reason.weight} < ${reason.topWeight})`;
    case "NOT_CHOSEN_LOAD":
      return `not chosen: heavier load (${openLeads(reason.openLeads, num)}, open pipeline value ${num(reason.openPipelineValue)}) than ${rep(reason.chosenRepId)}`;
    case "NOT_CHOSEN_SCORE":
      return `not chosen: match score ${num(reason.score)} vs ${num(reason.chosenScore)} for ${rep(reason.chosenRepId)}`;
    case "NOT_CHOSEN_LATER":
      return `not chosen: available later than ${rep(reason.chosenRepId)}`;
    case "NOT_CHOSEN_ACCOUNT_OWNER":
      return `not chosen: ${rep(reason.ownerRepId)} owns ${reason.domain}`;
    case "LEARNED_CHOICE":
    case "FLOOR_SHARE":
    case "LEARNED_WARMING_UP":
    case "LEARNED_OFF":
    case "NOT_CHOSEN_EXPECTED":
      return describeLearnedReason(reason, names, options.brief === true);
  }
}
