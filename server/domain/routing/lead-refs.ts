// The condition refs a routing path can read (documented in routing-config.ts), resolved for one
// lead at `now`, and checked for the editor (analyze-config.ts).
import type { TResolve, TResolvedValue } from "../conditions/condition";
import { emailDomain, isFreeEmailDomain } from "../conditions/email-domain";
import { isValidTimeZone } from "../reps/time-zone";
import { zonedParts } from "../reps/zoned-time";
import type { TRoutingLead } from "./routing-types";

export const LEAD_ATTRIBUTE_REFS = ["lead.industry", "lead.segment", "lead.language", "lead.region"] as const;
export const FIXED_REFS = [
  "score.total",
  "tier",
  "value",
  "source",
  "email.domain",
  "email.is_free",
  "form",
  "lead.local_hour",
  "lead.local_day",
  ...LEAD_ATTRIBUTE_REFS,
] as const;

/** Every ref a routing condition can use, with what it reads: the API's documentation (OpenAPI, README) and its messages. */
export const ROUTING_REF_DOCS: readonly { ref: string; reads: string }[] = [
  {
    ref: "answers.<field key>",
    reads: "an answer (string, number, boolean or list of strings); the key must be a field of a form of the workspace, or listed in config.apiAnswerKeys (an answer of leads sent without a form)",
  },
  { ref: "score.total", reads: "the qualification score (number)" },
  { ref: "score.<dimension>", reads: "one score dimension (number), e.g. score.fit" },
  { ref: "tier", reads: "the tier key (hot, nurture, disqualified …)" },
  { ref: "value", reads: "the estimated deal value (number; empty when unknown)" },
  { ref: "source", reads: "the lead source (form, api, import …)" },
  { ref: "utm.<name>", reads: "a UTM parameter, e.g. utm.campaign" },
  { ref: "email.domain", reads: "the lower-cased domain of the lead's email (acme.com)" },
  { ref: "email.is_free", reads: "true for a free-mail or disposable domain, false for a work domain" },
  { ref: "form", reads: "the id of the form the lead came from" },
  { ref: "lead.local_hour", reads: "0–23, the hour in the lead's time zone (empty when unknown)" },
  { ref: "lead.local_day", reads: "0–6 (0 = Sunday), the weekday in the lead's time zone" },
  { ref: "lead.industry", reads: "the lead's industry, from config.attributes.industry" },
  { ref: "lead.segment", reads: "the lead's segment (SMB, MID_MARKET or ENTERPRISE), from config.attributes.segment" },
  { ref: "lead.language", reads: "the lead's language, from config.attributes.language" },
  { ref: "lead.region", reads: "the lead's region, from config.attributes.region" },
];

function afterPrefix(ref: string, prefix: string): string | null {
  return ref.startsWith(prefix) && ref.length > prefix.length ? ref.slice(prefix.length) : null;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A resolver for evaluateCondition; unknown refs resolve to undefined (empty). */
export function leadRefResolver(lead: TRoutingLead, now: Date): TResolve {
  const domain = lead.email === null ? null : emailDomain(lead.email);
  // The lead's local time only when a condition reads it (Intl formatting is the costly part).
  let local: ReturnType<typeof zonedParts> | null | undefined;
  const localTime = () => (local === undefined ? (local = lead.timeZone !== null && isValidTimeZone(lead.timeZone) ? zonedParts(now, lead.timeZone) : null) : local);
  return (ref: string): TResolvedValue => {
    switch (ref) {
      case "score.total":
        return lead.score.total;
      case "tier":
        return lead.tier;
      case "value":
        return lead.estimatedValue;
      case "source":
        return lead.source;
      case "email.domain":
        return domain;
      case "email.is_free":
        return domain === null ? undefined : isFreeEmailDomain(domain);
      case "form":
        return lead.formId;
      case "lead.local_hour":
        return localTime()?.hour;
      case "lead.local_day":
        return localTime()?.weekday;
      case "lead.industry":
        return lead.attributes.industry;
      case "lead.segment":
        return lead.attributes.segment;
      case "lead.language":
        return lead.attributes.language;
      case "lead.region":
        return lead.attributes.region;
    }
    const answerKey = afterPrefix(ref, "answers.");
    if (answerKey !== null) return own(lead.answers, answerKey);
    const dimension = afterPrefix(ref, "score.");
    if (dimension !== null) return own(lead.score.dimensions, dimension);
    const utm = afterPrefix(ref, "utm.");
    if (utm !== null) return own(lead.utm, utm);
    return undefined;
  };
}

export interface TRefContext {
  /** The question keys of the workspace's forms that are not archived, drafts and published versions (analysis-context.ts), plus the config's apiAnswerKeys (withApiAnswerKeys). */
  fieldKeys: readonly string[];
  dimensions: readonly string[];
}

/** The context with the config's API answer keys (answers of leads without a form) as readable answer keys. */
export function withApiAnswerKeys<T extends TRefContext>(context: T, config: { apiAnswerKeys?: readonly string[] | undefined } | null): T {
  const keys = config?.apiAnswerKeys ?? [];
  return keys.length === 0 ? context : { ...context, fieldKeys: [...context.fieldKeys, ...keys] };
}

/**
 * For an answer key sent without a form (POST /api/v1/leads): how to make it readable. Said to
 * both audiences of the message — a manager in the routing editor, who learns the key is no form's
 * question and what the list is for, and a PUT /api/v1/routing caller, who can list it.
 */
export const API_ANSWER_HINT = "; for answers sent by the API without a form, list the key in apiAnswerKeys";

/** Why a ref is not one a path can use, in words a manager understands; null when it is fine. */
export function refProblem(ref: string, context: TRefContext): string | null {
  if ((FIXED_REFS as readonly string[]).includes(ref)) return null;
  const answerKey = afterPrefix(ref, "answers.");
  if (answerKey !== null) return context.fieldKeys.includes(answerKey) ? null : `"${answerKey}" is not a question on any form of this workspace (archived forms do not count)${API_ANSWER_HINT}`;
  const dimension = afterPrefix(ref, "score.");
  if (dimension !== null) return context.dimensions.includes(dimension) ? null : `"${dimension}" is not a score dimension`;
  if (afterPrefix(ref, "utm.") !== null) return null;
  return `"${ref}" is not something a routing rule can check (use ${ROUTING_REF_DOCS.map((d) => d.ref).join(", ")})`;
}
