// "Test a lead": a dry run of routing for sample answers, with the published config or a draft.
// Load → decide → nothing saved: the form's current published version scores the answers (lenient:
// unknown keys dropped, values that fail validation used as given, nothing required), the
// workspace's reps, loads, rotation pointers and account owner are read in a READ ONLY
// transaction, and decideRouting's rotation updates / account owner to record are ignored. A
// learned pool's pick comes with each rep's expected rate and chance of being chosen (learnedOdds;
// the lead's draws are seeded by its content, so the same lead shows the same figures). Its value
// is converted into the routing currency as a live lead's is (leadRoutingValue, today's rates): the
// form's value from its scoring currency, or a sample's estimatedValue from its `currency` (absent:
// already in the routing currency); `value` says what was counted.
import type { Db } from "../../db/client";
import { leadRoutingValue } from "../../domain/money/routing-value";
import { loadExchangeRates } from "../currencies/load-exchange-rates";
import { AppError } from "../../errors";
import { allFields, type TAnswers, type TAnswerValue, type TFormDefinition } from "../../domain/forms/definition";
import { validateFieldValue } from "../../domain/forms/validate-field-value";
import { matchRe2Pattern } from "../../domain/forms/re2-pattern";
import { ZFormDefinition } from "../../domain/forms/definition";
import { ZScoringModel } from "../../domain/scoring/model";
import { scoreLead } from "../../domain/scoring/score-lead";
import { isValidTimeZone } from "../../domain/reps/time-zone";
import { decideLeadRouting, routingUtm, skippedOnce } from "../../domain/routing/routing-lead";
import { describeDecisionHeadline, describePathTried, describeSkipped } from "../../domain/routing/describe-decision";
import { describeReason, type TRoutingNames } from "../../domain/routing/describe-reason";
import { leadAttributes } from "../../domain/routing/lead-attributes";
import { learnedOdds, type TRepOdds } from "../../domain/routing/learned/learned-odds";
import { ZRoutingConfig, type TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRoutingDecision, TRoutingLead } from "../../domain/routing/routing-types";
import { personFromAnswers } from "../../domain/leads/lead-facts";
import { loadAccountOwners } from "./load-routing-inputs";
import { loadRoutingState } from "./load-routing-state";
import { getPublishedRouting } from "./routing-settings";
import { routingNames } from "./routing-names";

export interface TTestLeadInput {
  /** A draft config to test (validated with ZRoutingConfig); absent = the published config. */
  config?: unknown;
  lead: {
    formSlug?: string | null;
    answers: Record<string, unknown>;
    email?: string | null;
    source?: string;
    utm?: Record<string, string>;
    timeZone?: string | null;
    tier?: string;
    /** The sample's value; absent: the form's (none without a form). */
    estimatedValue?: number | null;
    /** estimatedValue's currency (ISO 4217, upper case); absent: the routing currency. */
    currency?: string | null;
  };
  /** When the lead arrives (working hours, local time refs); default now. */
  at?: Date;
}

/** The value the test lead carried and what routing counted: as a live lead's estimatedValue, currency, routingValue and routingCurrency. */
export interface TTestLeadValue {
  /** In `currency`; null: no value. */
  estimatedValue: number | null;
  currency: string;
  /** What routing compared (thresholds, pipeline cap, review minimum); null: no value, or no exchange rate for `currency`. */
  routingValue: number | null;
  routingCurrency: string;
}

export interface TTestLeadResult {
  decision: TRoutingDecision;
  headline: string;
  /** "Skipped: Tom Becker — at capacity 10/10; …", or null when nobody was skipped. */
  skipped: string | null;
  /** The chosen destination's reasons in words. */
  reasons: string[];
  lead: TRoutingLead;
  /** The published version tested, or null for a draft. */
  configVersion: number | null;
  /** For the editor: the chosen rep's name, every skipped rep (once, first pool) and the paths tried, in words. */
  repName: string | null;
  skippedReps: { repId: string; name: string; pathId: string; pathName: string; reasons: string[] }[];
  /** A learned pool's pick: each qualified rep's expected rate and chance of being chosen (seeded draws), most likely first. */
  learnedOdds: (TRepOdds & { name: string })[] | null;
  pathsTried: { pathId: string; pathName: string; matched: boolean; result: string | null }[];
  /** The value tested and what routing counted. */
  value: TTestLeadValue;
}

/** The dry run itself: the engine's decision and the names that describe it, nothing said in words yet (POST /api/v1/routing/test maps it to the public decision). */
export interface TDryRun {
  decision: TRoutingDecision;
  names: TRoutingNames;
  lead: TRoutingLead;
  config: TRoutingConfig;
  /** The published version tested, or null for a draft. */
  configVersion: number | null;
  /** The chosen team's reps (a learned pool's odds are over them). */
  poolRepIds: readonly string[];
  /** The value tested and what routing counted. */
  value: TTestLeadValue;
}

export async function testRoutingLead(db: Db, workspaceId: string, input: TTestLeadInput): Promise<TTestLeadResult> {
  const { decision, names, lead, config, configVersion, poolRepIds, value } = await dryRunRouting(db, workspaceId, input);
  return {
    value,
    decision,
    headline: describeDecisionHeadline(decision, names),
    skipped: describeSkipped(decision, names, undefined, 1000),
    reasons: decision.reasons.map((r) => describeReason(r, names, undefined, { at: decision.evaluatedAtIso })),
    lead,
    configVersion,
    repName: decision.repId ? names.repName(decision.repId) : null,
    skippedReps: skippedReps(decision, names),
    learnedOdds: learnedOdds(decision, config, lead, poolRepIds)?.map((o) => ({ ...o, name: names.repName(o.repId) })) ?? null,
    pathsTried: decision.pathsTried.map((p) => ({
      pathId: p.pathId,
      pathName: p.pathName,
      matched: p.matched,
      result: p.matched ? describePathTried(p, names) : null,
    })),
  };
}

export async function dryRunRouting(db: Db, workspaceId: string, input: TTestLeadInput): Promise<TDryRun> {
  const at = input.at ?? new Date();
  const { config, version } = await configToTest(db, workspaceId, input.config);
  const { lead, value } = await testLeadOf(db, workspaceId, input.lead, config);

  const { decision, state } = await db.$transaction(async (tx) => {
    // Nothing is written: the database refuses any write in this transaction.
    await tx.$executeRaw`SET TRANSACTION READ ONLY`;
    const state = await loadRoutingState(tx, workspaceId, config, at);
    const decision = decideLeadRouting({
      config,
      configVersion: version ?? 0,
      lead,
      reps: state.reps,
      teams: state.teams,
      rotations: state.rotations,
      learning: state.learning,
      accountOwners: await loadAccountOwners(tx, workspaceId, lead.email),
      now: at,
    });
    return { decision, state };
  });

  const names = routingNames(state.repNames, state.teamNames);
  return { decision, names, lead, config, configVersion: version, poolRepIds: state.teams.find((t) => t.id === decision.teamId)?.repIds ?? [], value };
}

function skippedReps(decision: TRoutingDecision, names: TRoutingNames): TTestLeadResult["skippedReps"] {
  const pathNames = new Map(decision.pathsTried.map((p) => [p.pathId, p.pathName]));
  return skippedOnce(decision).map((s) => ({ repId: s.repId, name: names.repName(s.repId), pathId: s.pathId, pathName: pathNames.get(s.pathId) ?? s.pathId, reasons: s.reasons.map((r) => describeReason(r, names, undefined, { at: decision.evaluatedAtIso })) }));
}

async function configToTest(db: Db, workspaceId: string, raw: unknown): Promise<{ config: TRoutingConfig; version: number | null }> {
  if (raw !== undefined && raw !== null) {
    const parsed = ZRoutingConfig.safeParse(raw);
    if (!parsed.success) {
      throw new AppError("VALIDATION", "The routing config is not valid", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
    }
    return { config: parsed.data, version: null };
  }
  const published = await getPublishedRouting(db, workspaceId);
  if (!published) {
    const message = "No routing config is published yet: test a draft instead.";
    throw new AppError("BAD_REQUEST", message, [{ path: "config", message: "Give a draft config to test: none is published yet" }]);
  }
  return published;
}

function isAnswerValue(value: unknown): value is TAnswerValue {
  if (Array.isArray(value)) return value.every((v) => typeof v === "string");
  return typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/** The answers as given, for the form's fields only; converted where they validate ("42" → 42). */
export function lenientAnswers(definition: Pick<TFormDefinition, "steps">, raw: Record<string, unknown>): TAnswers {
  const answers: TAnswers = {};
  for (const field of allFields(definition)) {
    if (!Object.hasOwn(raw, field.key)) continue;
    const value = raw[field.key];
    const checked = validateFieldValue(field, value, matchRe2Pattern);
    if (checked.ok) {
      if (checked.value !== undefined) answers[field.key] = checked.value;
    } else if (isAnswerValue(value)) answers[field.key] = value;
  }
  return answers;
}

async function testLeadOf(db: Db, workspaceId: string, input: TTestLeadInput["lead"], config: TRoutingConfig): Promise<{ lead: TRoutingLead; value: TTestLeadValue }> {
  let answers: TAnswers = Object.fromEntries(Object.entries(input.answers).filter(([, v]) => isAnswerValue(v))) as TAnswers;
  let score: TRoutingLead["score"] = { total: 0, dimensions: {} };
  let tier = "";
  // The form's value, in its scoring currency (currency null: the routing currency).
  let formValue: { amount: number | null; currency: string | null } = { amount: null, currency: null };
  let formId: string | null = null;
  let email = input.email?.trim().toLowerCase() || null;
  if (input.formSlug) {
    const form = await db.form.findFirst({ where: { slug: input.formSlug, workspaceId }, include: { currentVersion: true } });
    if (!form?.currentVersion) throw new AppError("NOT_FOUND", `Form "${input.formSlug}" not found or not published.`);
    const definition = ZFormDefinition.parse(form.currentVersion.definition);
    answers = lenientAnswers(definition, input.answers);
    const result = scoreLead(ZScoringModel.parse(form.currentVersion.scoring), answers, definition);
    score = { total: result.total, dimensions: result.dimensions };
    tier = result.tier;
    formValue = { amount: result.estimatedValue, currency: result.currency };
    formId = form.id;
    email ??= personFromAnswers(definition, answers)?.email ?? null;
  }
  // The sample's own value wins over the form's, in its currency (absent: the routing currency).
  const sample = input.estimatedValue !== undefined ? { amount: input.estimatedValue, currency: input.currency ?? null } : formValue;
  const value = await testLeadValue(db, workspaceId, sample);
  return {
    lead: {
      id: null,
      answers,
      score,
      tier: input.tier ?? tier,
      estimatedValue: value.routingValue,
      // A value in another currency: the decision says how it entered (LEAD_VALUE_CURRENCY), as a live lead's does.
      ...(value.estimatedValue !== null && value.currency !== value.routingCurrency ? { valueCurrency: { amount: value.estimatedValue, currency: value.currency, routingCurrency: value.routingCurrency } } : {}),
      source: input.source ?? (input.formSlug ? "hosted" : "api"),
      utm: routingUtm(input.utm ?? {}),
      email,
      formId,
      timeZone: input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : null,
      attributes: leadAttributes(answers, config.attributes),
    },
    value,
  };
}

/** The value in the routing currency, as the intake converts a live lead's (with today's rates: one statement). */
async function testLeadValue(db: Db, workspaceId: string, sample: { amount: number | null; currency: string | null }): Promise<TTestLeadValue> {
  const rates = await loadExchangeRates(db, workspaceId, sample.currency ?? "");
  const currency = (sample.currency ?? rates.routingCurrency).toUpperCase();
  return { estimatedValue: sample.amount, currency, routingValue: leadRoutingValue(sample.amount, currency, rates), routingCurrency: rates.routingCurrency };
}
