// One lead for the lead page: answers with labels from the form version it was submitted to,
// scores per dimension with the breakdown, tier, value, attribution, repeat link and history.
// Members read any lead of the workspace; a REP the leads they currently own and the leads on which
// they hold a confirmed meeting (upcoming or past: a lead reassigned while its meeting stays with
// them — they prepare for it, hold it, move or cancel it from the Meetings card). Reading is all that
// grants: outcomes, returning and reassigning stay the owner's (and managers'). Another lead answers
// NOT_FOUND, as if it did not exist. Without a viewer (system callers) no limit applies.
import type { DbTx } from "../../db/client";
import type { TBreakdownItem } from "../../domain/scoring/model";
import { leadContact } from "../../domain/leads/lead-contact";
import { AppError } from "../../errors";
import type { TParsedFormVersion } from "../forms/form-version-cache";
import { leadReadableBy, type TLeadStatus, type TLeadViewer } from "./list-leads";

export { leadReadableBy };
import { groupScores, labelAnswers, parseDefinition, parseScoring, readBreakdown, type TDimensionScore, type TLabelledAnswer } from "./lead-labels";
import { tierLabelOf } from "../../domain/leads/tier-label";
import { workspaceTierLabelsFor } from "./load-workspace-tier-labels";

export interface TLeadEventView {
  id: string;
  type: string;
  data: unknown;
  createdAt: Date;
}

export interface TLeadDetail {
  id: string;
  submittedAt: Date;
  person: { id: string; email: string; name: string | null; company: string | null; phone: string | null } | null;
  /** The name and company given with this lead (a lead with no email has them without a person): shown by leadShown (domain/leads/lead-contact.ts). */
  contactName: string | null;
  contactCompany: string | null;
  /** The phone of a contact given without an email (no person); it counts like person.phone. */
  contactPhone: string | null;
  form: { id: string; name: string } | null;
  formVersion: { id: string; version: number } | null;
  answers: TLabelledAnswer[];
  /**
   * Answers kept on the lead that the form did not ask for (a key it does not have, a question its
   * logic hid or skipped), labelled like answers where the form knows the key; never scored or routed.
   */
  notApplicableAnswers: TLabelledAnswer[];
  scoreTotal: number;
  dimensions: TDimensionScore[];
  breakdown: TBreakdownItem[];
  tier: string;
  tierLabel: string;
  knockedOutBy: { id: string; label: string } | null;
  knockouts: TBreakdownItem[];
  /** Decimal as a string ("12500.00"), to keep precision over the wire. */
  estimatedValue: string | null;
  currency: string;
  isSpam: boolean;
  spamReason: string | null;
  source: string | null;
  utm: Record<string, string>;
  referrer: string | null;
  repeatOf: { id: string; submittedAt: Date } | null;
  events: TLeadEventView[];
  status: TLeadStatus;
  /** The current owner (rep), if any. */
  owner: { repId: string; userId: string; name: string } | null;
}

function readUtm(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => typeof v === "string" || typeof v === "number")
      .map(([k, v]) => [k, String(v)]),
  );
}

/** A stored record with its keys in alphabetical order (jsonb keeps them shortest first). */
function byKey(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The stored lead a TLeadDetail is made from (getLead's query, or the API's one-query read). */
export interface TLeadDetailRow {
  id: string;
  submittedAt: Date;
  contactName: string | null;
  contactCompany: string | null;
  contactPhone: string | null;
  answers: unknown;
  /** Lead.notApplicableAnswers as stored (key → value). */
  notApplicableAnswers: unknown;
  scores: unknown;
  breakdown: unknown;
  scoreTotal: number;
  tier: string;
  knockedOutBy: string | null;
  /** Decimal(14, 2) as text ("12500.00"). */
  estimatedValue: string | null;
  currency: string;
  isSpam: boolean;
  spamReason: string | null;
  source: string | null;
  utm: unknown;
  referrer: string | null;
  status: TLeadStatus;
  ownerRep: { id: string; userId: string; user: { name: string | null; email: string } } | null;
  person: { id: string; email: string; name: string | null; company: string | null; phone: string | null } | null;
  form: { id: string; name: string } | null;
  /** definition / scoring as stored; absent when the caller passes them parsed (leadDetailOf's `parsed`). */
  formVersion: { id: string; version: number; definition?: unknown; scoring?: unknown } | null;
  events: TLeadEventView[];
}

export async function getLead(db: DbTx, workspaceId: string, leadId: string, viewer?: TLeadViewer): Promise<TLeadDetail> {
  const lead = await db.lead.findFirst({
    where: { id: leadId, workspaceId, ...(viewer ? leadReadableBy(viewer) : {}) },
    include: {
      ownerRep: { select: { id: true, userId: true, user: { select: { name: true, email: true } } } },
      person: { select: { id: true, email: true, name: true, company: true, phone: true } },
      form: { select: { id: true, name: true } },
      formVersion: { select: { id: true, version: true, definition: true, scoring: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, type: true, data: true, createdAt: true } },
    },
  });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.");
  const repeatOf = lead.repeatOfLeadId
    ? await db.lead.findFirst({ where: { id: lead.repeatOfLeadId, workspaceId }, select: { id: true, submittedAt: true } })
    : null;
  const workspaceLabels = await workspaceTierLabelsFor(db, workspaceId, [lead]);
  return leadDetailOf({ ...lead, estimatedValue: lead.estimatedValue === null ? null : lead.estimatedValue.toFixed(2) }, repeatOf, undefined, workspaceLabels);
}

/**
 * Pure: the lead page's view of a stored lead (labels from its form version: `parsed`, or else the
 * row's stored definition and scoring parsed here). A lead without a form reads its tier in
 * `workspaceLabels` (the published forms' agreed labels: load-workspace-tier-labels.ts), else as sent.
 */
export function leadDetailOf(
  lead: TLeadDetailRow,
  repeatOf: TLeadDetail["repeatOf"],
  parsed: TParsedFormVersion = { definition: parseDefinition(lead.formVersion?.definition), scoring: parseScoring(lead.formVersion?.scoring) },
  workspaceLabels: ReadonlyMap<string, string> = new Map(),
): TLeadDetail {
  const { definition, scoring } = parsed;
  const breakdown = readBreakdown(lead.breakdown);
  const { dimensions, knockouts } = groupScores(scoring, lead.scores, breakdown);
  const knockout = lead.knockedOutBy ? scoring?.knockouts.find((k) => k.id === lead.knockedOutBy) : undefined;
  return {
    id: lead.id,
    submittedAt: lead.submittedAt,
    person: leadContact(lead.person, lead),
    contactName: lead.contactName,
    contactCompany: lead.contactCompany,
    contactPhone: lead.contactPhone,
    form: lead.form ? { id: lead.form.id, name: lead.form.name } : null,
    formVersion: lead.formVersion ? { id: lead.formVersion.id, version: lead.formVersion.version } : null,
    answers: labelAnswers(definition, lead.answers),
    notApplicableAnswers: labelAnswers(definition, byKey(lead.notApplicableAnswers)),
    scoreTotal: lead.scoreTotal,
    dimensions,
    breakdown,
    tier: lead.tier,
    tierLabel: tierLabelOf(lead.tier, lead.formVersion ? scoring?.tiers.find((t) => t.key === lead.tier)?.label : workspaceLabels.get(lead.tier)),
    knockedOutBy: lead.knockedOutBy ? { id: lead.knockedOutBy, label: knockout?.label ?? lead.knockedOutBy } : null,
    knockouts,
    estimatedValue: lead.estimatedValue,
    currency: lead.currency,
    isSpam: lead.isSpam,
    spamReason: lead.spamReason,
    source: lead.source,
    utm: readUtm(lead.utm),
    referrer: lead.referrer,
    repeatOf,
    events: lead.events,
    status: lead.status,
    owner: lead.ownerRep ? { repId: lead.ownerRep.id, userId: lead.ownerRep.userId, name: lead.ownerRep.user.name ?? lead.ownerRep.user.email } : null,
  };
}
