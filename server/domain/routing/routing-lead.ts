// Routing inputs, assembled once for every way a decision is made — live routing, "Test a lead",
// Replay and the REST routing test: the stored lead → the lead routing sees (toRoutingLead), and
// the decision with the caller's exclusions and the account-owner registry (decideLeadRouting).
// Keeping these here means a rule on `utm.source` or an account owner is honoured the same way
// by a live submission and by its preview.
import { decideRouting } from "./decide-routing";
import { leadAttributes, type TLeadAnswerValue } from "./lead-attributes";
import { learningUsedBy } from "./learned/learning-used";
import type { TRoutingConfig } from "./routing-config";
import type { TReasonCode } from "./reason-codes";
import type { TRoutingDecision, TRoutingInput, TRoutingLead, TSkippedRep } from "./routing-types";
import { decisionWith } from "./skipped-segments";

/** A lead as stored (columns of Lead + its person's email), before routing looks at it. */
export interface TStoredLead {
  id: string | null;
  answers: unknown;
  scoreTotal: number;
  scores: unknown;
  tier: string;
  /** In the lead's own currency (Lead.currency). */
  estimatedValue: number | null;
  currency: string;
  /** estimatedValue in the workspace's routing currency, converted at intake (Lead.routingValue): what routing compares. */
  routingValue: number | null;
  /** The workspace's routing currency, where the reader knows it (names the currency of a note); absent: not said. */
  routingCurrency?: string | null;
  source: string | null;
  utm: unknown;
  email: string | null;
  formId: string | null;
  timeZone: string | null;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Stored attribution keys (utm_source, gclid, pageUrl) plus short aliases: utm.source = utm.utm_source. */
export function routingUtm(stored: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(record(stored))) {
    if (typeof value !== "string") continue;
    result[key] = value;
    if (key.startsWith("utm_")) result[key.slice(4)] ??= value;
  }
  return result;
}

export function toRoutingLead(lead: TStoredLead, config: Pick<TRoutingConfig, "attributes">): TRoutingLead {
  const answers = record(lead.answers) as Record<string, TLeadAnswerValue>;
  const dimensions = Object.fromEntries(Object.entries(record(lead.scores)).filter((e): e is [string, number] => typeof e[1] === "number"));
  return {
    id: lead.id,
    answers,
    score: { total: lead.scoreTotal, dimensions },
    tier: lead.tier,
    estimatedValue: lead.routingValue,
    ...valueCurrencyOf(lead),
    source: lead.source ?? "api",
    utm: routingUtm(lead.utm),
    email: lead.email,
    formId: lead.formId,
    timeZone: lead.timeZone,
    attributes: leadAttributes(answers, config.attributes),
  };
}

/** A value routing did not take as it is (another currency than routing's): what the decision's LEAD_VALUE_CURRENCY says. */
function valueCurrencyOf(lead: TStoredLead): Pick<TRoutingLead, "valueCurrency"> {
  const routingCurrency = lead.routingCurrency ?? null;
  if (lead.estimatedValue === null) return {};
  const currency = lead.currency.toUpperCase();
  const isSame = routingCurrency !== null ? currency === routingCurrency : lead.routingValue === lead.estimatedValue;
  return isSame ? {} : { valueCurrency: { amount: lead.estimatedValue, currency, routingCurrency } };
}

/** decideRouting's input, plus the reps that must not get the lead (the previous owner on a reassignment). */
export interface TLeadRoutingInputs extends TRoutingInput {
  excludeRepIds?: readonly string[];
}

/** The decision for one lead: excluded reps leave every pool and the owner registry, then decideRouting. */
export function decideLeadRouting(inputs: TLeadRoutingInputs): TRoutingDecision {
  const excluded = new Set(inputs.excludeRepIds ?? []);
  const keep = (id: string) => !excluded.has(id);
  const decision = decideRouting({
    config: inputs.config,
    configVersion: inputs.configVersion,
    lead: inputs.lead,
    reps: excluded.size === 0 ? inputs.reps : inputs.reps.filter((r) => keep(r.id)),
    teams: excluded.size === 0 ? inputs.teams : inputs.teams.map((t) => ({ ...t, repIds: t.repIds.filter(keep) })),
    rotations: inputs.rotations,
    accountOwners: excluded.size === 0 ? inputs.accountOwners : Object.fromEntries(Object.entries(inputs.accountOwners).filter(([, repId]) => keep(repId))),
    ...(inputs.learning ? { learning: inputs.learning } : {}),
    ...(inputs.learnedSharpness ? { learnedSharpness: inputs.learnedSharpness } : {}),
    now: inputs.now,
    ...(inputs.graduation ? { graduation: inputs.graduation } : {}),
  });
  // A learned pool's pick records the counts it read (Replay and audits re-derive it from them).
  const used = decision.outcome === "assigned" ? learningUsedBy(decision, inputs.config, inputs.lead, inputs.teams, inputs.learning) : null;
  const withLearning = used ? decisionWith(decision, { learningUsed: used }) : decision;
  // A value in another currency: the decision says how it entered (converted, or not used: no rate).
  const value = inputs.lead.valueCurrency;
  if (!value) return withLearning;
  const note: TReasonCode = { code: "LEAD_VALUE_CURRENCY", amount: value.amount, currency: value.currency, routingValue: inputs.lead.estimatedValue, routingCurrency: value.routingCurrency };
  return decisionWith(withLearning, { reasons: [...withLearning.reasons, note] });
}

/** Each skipped rep once (its first pool), never the chosen rep, in decision order. */
export function skippedOnce(decision: Pick<TRoutingDecision, "skipped" | "repId">): TSkippedRep[] {
  const seen = new Set<string>();
  const once: TSkippedRep[] = [];
  for (const s of decision.skipped) {
    if (seen.has(s.repId) || s.repId === decision.repId) continue;
    seen.add(s.repId);
    once.push(s);
  }
  return once;
}
