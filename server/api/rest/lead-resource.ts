// A lead as the server-to-server API returns it (`GET /api/v1/leads/{id}` and the answers of
// POST / reassign): labelled answers, score with its breakdown, tier, the current assignment and
// its history, each decision with reason codes AND their text (texts made now from the codes),
// the lifecycle stage and deal fields (as the events endpoint names them) and the answers kept as
// not applicable. `person` is the person record (people are matched by email); `contact` is who the
// lead is — also for a lead with no email, whose name, company and phone are kept on the lead.
// The decision's public shape is decision-resource.ts's, shared with the dry run (routing/test).
import type { TRawSql } from "../../db/raw-sql";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import type { AssignmentKind, LeadStatus } from "../../db/generated/client";
import { decisionView, type TDecisionResource, type TReasonView, type TSkippedRepView } from "../../domain/routing/decision-resource";
import { leadContactView, type TLeadContactView } from "../../domain/leads/lead-contact";
import { leadStatusView } from "../../domain/leads/lead-status-view";
import type { TRoutingNames } from "../../domain/routing/describe-reason";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { intakeLeadAnswerData } from "../../services/leads/intake-answer";
import { loadLeadResourceData, type TLeadAnswerData } from "../../services/leads/lead-resource-data";
import type { TIntakeWritten } from "../../services/leads/save-lead-types";
import { routingNamesOf } from "../../services/routing/routing-names";
import type { TLeadStageView } from "../../services/outcomes/outcome-types";

export type { TDecisionResource, TReasonView } from "../../domain/routing/decision-resource";

export interface TAssignmentResource {
  id: string;
  kind: AssignmentKind;
  isCurrent: boolean;
  isProvisional: boolean;
  rep: { id: string; name: string; email: string } | null;
  assignedAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  note: string;
  byUserId: string | null;
  outcome: TRoutingDecision["outcome"] | null;
  path: { id: string; name: string } | null;
  strategy: string | null;
  configVersion: number | null;
  durationMs: number | null;
  headline: string | null;
  reasons: TReasonView[];
  skipped: TSkippedRepView[];
}

/** The lifecycle fields, named and typed as POST /api/v1/leads/{id}/events answers them (`lead`). */
export type TLeadLifecycleFields = Omit<TLeadStageView, "id">;

export interface TLeadResource extends TLeadLifecycleFields {
  id: string;
  /** SPAM for a spam lead (leadStatusView), else as stored. */
  status: LeadStatus;
  /** Flagged as spam at intake (honeypot, too fast): never scored, routed or owned. */
  isSpam: boolean;
  submittedAt: Date;
  person: { email: string; name: string | null; company: string | null; phone: string | null } | null;
  /** Who the lead is: its name, email, company and phone, with or without a person (a contact sent without an email has none). */
  contact: TLeadContactView;
  form: { slug: string; version: number | null } | null;
  answers: { key: string; label: string; value: unknown; display: string }[];
  /** Answers kept but not asked by the form (unknown keys, questions its logic hid): key → value as stored. */
  notApplicableAnswers: Record<string, unknown>;
  score: { total: number; dimensions: { key: string; label: string; points: number }[]; breakdown: { dimension: string | null; points: number; explanation: string }[] };
  tier: { key: string; label: string };
  estimatedValue: number | null;
  currency: string;
  /** estimatedValue in the workspace's routing currency (what routing compares: thresholds, pipeline caps, review); null: no value, or no exchange rate for its currency. */
  routingValue: number | null;
  /** The workspace's routing currency (Settings → Currencies), routingValue's currency. */
  routingCurrency: string;
  source: string | null;
  utm: Record<string, string>;
  decision: TDecisionResource | null;
  assignment: TAssignmentResource | null;
  history: TAssignmentResource[];
}

export async function leadResource(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, leadId: string): Promise<TLeadResource> {
  // One statement (NOT_FOUND outside the workspace): the lead, its assignments, reps and teams.
  return leadResourceOf(await loadLeadResourceData(db, workspaceId, leadId));
}

/**
 * POST /api/v1/leads's lead: made from what the intake wrote when it can tell it all
 * (intake-answer.ts: no statement), else read like GET's. The same resource either way.
 */
export async function createdLeadResource(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, leadId: string, written: TIntakeWritten | undefined): Promise<TLeadResource> {
  const data = written ? await intakeLeadAnswerData(db, workspaceId, leadId, written) : null;
  return data ? leadResourceOf(data) : leadResource(db, workspaceId, leadId);
}

/** Pure: the resource from the lead's data (the read's, or the intake's). */
export function leadResourceOf(data: TLeadAnswerData): TLeadResource {
  const { detail, status, formSlug, notApplicableAnswers, lifecycle, routing, assignments, reps, teams } = data;
  const repById = new Map(reps.map((r) => [r.id, { id: r.id, name: r.name ?? r.email, email: r.email }]));
  const names = routingNamesOf({ reps, teams });

  const history: TAssignmentResource[] = assignments.map((a) => {
    const decision = readStoredDecision(a.decision);
    const view = decision ? decisionView(decision, names) : null;
    return {
      id: a.id,
      kind: a.kind,
      isCurrent: a.isCurrent,
      isProvisional: a.isProvisional,
      rep: a.repId ? (repById.get(a.repId) ?? { id: a.repId, name: names.repName(a.repId), email: "" }) : null,
      assignedAt: a.assignedAt,
      acceptedAt: a.acceptedAt,
      endedAt: a.endedAt,
      note: a.note,
      byUserId: a.byUserId,
      outcome: view?.outcome ?? null,
      path: view?.path ?? null,
      strategy: view?.strategy ?? null,
      configVersion: a.configVersion,
      durationMs: a.durationMs,
      headline: view?.headline ?? null,
      reasons: view?.reasons ?? [],
      skipped: view?.skipped ?? [],
    };
  });
  return {
    id: detail.id,
    status: leadStatusView({ status, isSpam: detail.isSpam }),
    isSpam: detail.isSpam,
    ...lifecycle,
    submittedAt: detail.submittedAt,
    person: detail.person ? { email: detail.person.email, name: detail.person.name, company: detail.person.company, phone: detail.person.phone } : null,
    contact: leadContactView(detail, detail.person),
    form: formSlug !== null ? { slug: formSlug, version: detail.formVersion?.version ?? null } : null,
    answers: detail.answers.map((a) => ({ key: a.key, label: a.label, value: a.value, display: a.display })),
    notApplicableAnswers,
    score: {
      total: detail.scoreTotal,
      dimensions: detail.dimensions.map((d) => ({ key: d.key, label: d.label, points: d.points })),
      breakdown: detail.breakdown.map((b) => ({ dimension: b.dimension, points: b.points, explanation: b.explanation })),
    },
    tier: { key: detail.tier, label: detail.tierLabel },
    estimatedValue: detail.estimatedValue === null ? null : Number(detail.estimatedValue),
    currency: detail.currency,
    routingValue: routing.value === null ? null : Number(routing.value),
    routingCurrency: routing.currency,
    source: detail.source,
    utm: detail.utm,
    decision: latestDecision(detail.events, history, names),
    assignment: history.find((a) => a.isCurrent) ?? null,
    history,
  };
}

const ROUTING_EVENTS = new Set(["routed", "reassigned"]);

/** The latest routing event's decision: its assignment's, or the record on the event itself (nurture, disqualified). */
function latestDecision(events: readonly { type: string; data: unknown; createdAt: Date }[], history: readonly TAssignmentResource[], names: TRoutingNames): TDecisionResource | null {
  const event = events.findLast((e) => ROUTING_EVENTS.has(e.type));
  // A lead with an assignment but no routing event (stored before routing events were kept, or a
  // demo history seeded before it wrote them: live routing, reassignments and the history write
  // them now): its current assignment's decision, as the lead page shows it.
  if (!event) return decisionOfAssignment(history.find((a) => a.isCurrent));
  const data = (event.data ?? null) as { outcome?: unknown; pathId?: unknown; pathName?: unknown; configVersion?: unknown; assignmentId?: unknown; decision?: unknown } | null;
  if (!data || typeof data !== "object" || typeof data.outcome !== "string") return null;
  const assignment = typeof data.assignmentId === "string" ? history.find((a) => a.id === data.assignmentId) : undefined;
  if (assignment && assignment.outcome) return decisionOfAssignment(assignment);
  const decision = readStoredDecision(data.decision);
  // Events written before decisions were kept on them still name the outcome, path and version.
  const pathId = decision?.pathId ?? (typeof data.pathId === "string" ? data.pathId : null);
  const pathName = decision?.pathName ?? (typeof data.pathName === "string" ? data.pathName : null);
  const view = decision ? decisionView(decision, names) : null;
  return {
    outcome: data.outcome as TRoutingDecision["outcome"],
    path: pathId ? { id: pathId, name: pathName ?? pathId } : null,
    strategy: view?.strategy ?? null,
    configVersion: decision?.configVersion ?? (typeof data.configVersion === "number" ? data.configVersion : null),
    decidedAt: event.createdAt,
    assignmentId: null,
    headline: view?.headline ?? null,
    reasons: view?.reasons ?? [],
    skipped: view?.skipped ?? [],
  };
}

/** An assignment's decision as the lead's decision (null without one: a manual assignment). */
function decisionOfAssignment(assignment: TAssignmentResource | undefined): TDecisionResource | null {
  if (!assignment?.outcome) return null;
  const { outcome, path, strategy, configVersion, headline, reasons, skipped } = assignment;
  return { outcome, path, strategy, configVersion, decidedAt: assignment.assignedAt, assignmentId: assignment.id, headline, reasons, skipped };
}
