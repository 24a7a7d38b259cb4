// A lead's lifecycle after assignment, the pure rules: which stage change an outcome makes, which
// the app refuses, and what the lead's denormalised fields become. No I/O; `now` is an argument.
//
// The stages climb: OPEN → ACCEPTED → CONTACTED → MEETING_BOOKED → MEETING_HELD / NO_SHOW →
// OPPORTUNITY → WON / LOST / NOT_A_FIT (closed). Skipping is fine (WON after CONTACTED). Every
// outcome is recorded (the history and the analytics' facts); the lead's stage moves only when the
// outcome is further along, so events arriving out of order from a CRM settle on the same stage:
// - a lower stage (a late "contacted" after "won") is recorded and may fill firstContactAt, but
//   leaves the stage alone;
// - among closed stages the latest occurredAt wins (lost, then won later: a revived deal);
// - a meeting booked again after a no-show, and held ⇄ no-show, follow the latest occurredAt.
// In the app (inbox, lead page) a person chooses from the current stage, so a change that would not
// move the lead is refused instead of silently kept; re-sending the same stage there is a no-op.
import { MAX_MONEY_AMOUNT, moneyAmountText } from "../validation/money-amount";

export const LEAD_STAGES = ["OPEN", "ACCEPTED", "CONTACTED", "MEETING_BOOKED", "MEETING_HELD", "NO_SHOW", "OPPORTUNITY", "WON", "LOST", "NOT_A_FIT"] as const;
export type TLeadStage = (typeof LEAD_STAGES)[number];
export const OUTCOME_SOURCES = ["INBOX", "LEAD_PAGE", "API", "BOOKING", "SYSTEM"] as const;
export type TOutcomeSource = (typeof OUTCOME_SOURCES)[number];

export const CLOSED_STAGES: readonly TLeadStage[] = ["WON", "LOST", "NOT_A_FIT"];
/** Stages that count as reaching the prospect (speed-to-lead's first contact; a booking counts). */
export const CONTACT_STAGES: readonly TLeadStage[] = ["CONTACTED", "MEETING_BOOKED", "MEETING_HELD"];
/** Stages that may carry an amount (the deal's value). */
export const AMOUNT_STAGES: readonly TLeadStage[] = ["OPPORTUNITY", "WON", "LOST"];
/** Stages a person records from the app (ACCEPTED comes from accepting the assignment). */
export const RECORDABLE_STAGES: readonly TLeadStage[] = ["CONTACTED", "MEETING_BOOKED", "MEETING_HELD", "NO_SHOW", "OPPORTUNITY", "WON", "LOST", "NOT_A_FIT"];

const RANK: Record<TLeadStage, number> = { OPEN: 0, ACCEPTED: 1, CONTACTED: 2, MEETING_BOOKED: 3, MEETING_HELD: 4, NO_SHOW: 4, OPPORTUNITY: 5, WON: 6, LOST: 6, NOT_A_FIT: 6 };
export const MAX_REASON_LENGTH = 500;
/** A clock a little ahead of ours (a CRM's, a browser's) is not an error. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const isClosedStage = (stage: TLeadStage): boolean => CLOSED_STAGES.includes(stage);
const isAppSource = (source: TOutcomeSource): boolean => source === "INBOX" || source === "LEAD_PAGE";

export interface TLeadStageState {
  stage: TLeadStage;
  stageChangedAt: Date | null;
  acceptedAt: Date | null;
  firstContactAt: Date | null;
  opportunityAmount: number | null;
  wonAmount: number | null;
  closedAt: Date | null;
  closeReason: string | null;
  submittedAt: Date;
  isSpam: boolean;
}

export interface TOutcomeInput {
  stage: TLeadStage;
  occurredAt: Date;
  amount?: number | null;
  reason?: string | null;
  source: TOutcomeSource;
}

/** The lead's fields after the outcome (only those that change). */
export type TLeadStagePatch = Partial<Pick<TLeadStageState, "stage" | "stageChangedAt" | "acceptedAt" | "firstContactAt" | "opportunityAmount" | "wonAmount" | "closedAt" | "closeReason">> & {
  /** Set when the lead closes: it stops counting as the owner's open work. */
  status?: "CLOSED";
};

export type TOutcomeDecision =
  | { kind: "record"; patch: TLeadStagePatch; stageChanged: boolean; reason: string | null; amount: number | null }
  /** The app asked for the stage the lead already has, with nothing new: nothing to write. */
  | { kind: "unchanged" }
  | { kind: "invalid"; path: string; message: string }
  | { kind: "refused"; message: string };

const STAGE_LABELS: Record<TLeadStage, string> = {
  OPEN: "open",
  ACCEPTED: "accepted",
  CONTACTED: "contacted",
  MEETING_BOOKED: "meeting booked",
  MEETING_HELD: "meeting held",
  NO_SHOW: "no-show",
  OPPORTUNITY: "opportunity",
  WON: "won",
  LOST: "lost",
  NOT_A_FIT: "not a fit",
};
export const stageLabel = (stage: TLeadStage): string => STAGE_LABELS[stage];

/** Whether an outcome at `next` (occurred at `at`) moves a lead that is at `current` (since `since`). */
export function movesStage(current: TLeadStage, since: Date | null, next: TLeadStage, at: Date): boolean {
  const isLater = !since || at.getTime() >= since.getTime();
  if (current === next) return false;
  if (isClosedStage(current) && isClosedStage(next)) return isLater;
  // Rebooked after a no-show; held ⇄ no-show corrected by whichever happened last.
  if (current === "NO_SHOW" && next === "MEETING_BOOKED") return isLater;
  if (RANK[current] === RANK[next]) return isLater;
  return RANK[next] > RANK[current];
}

/** The stages the app offers from `current` (the lifecycle menu, the inbox's outcome dialog). */
export function nextStages(current: TLeadStage): TLeadStage[] {
  return RECORDABLE_STAGES.filter((s) => movesStage(current, null, s, new Date(0)) || (s === current && AMOUNT_STAGES.includes(s)));
}

function checkInput(lead: TLeadStageState, input: TOutcomeInput, now: Date): { path: string; message: string } | null {
  if (input.stage === "OPEN") return { path: "stage", message: "A lead cannot be moved back to open" };
  if (input.stage === "ACCEPTED" && input.source !== "SYSTEM") return { path: "stage", message: "Accept the lead's assignment to mark it accepted" };
  if (Number.isNaN(input.occurredAt.getTime())) return { path: "occurredAt", message: "Not a date" };
  if (input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return { path: "occurredAt", message: "Must not be in the future" };
  if (input.occurredAt.getTime() < lead.submittedAt.getTime() - CLOCK_SKEW_MS) return { path: "occurredAt", message: "Must not be before the lead was submitted" };
  const amount = input.amount ?? null;
  if (amount !== null) {
    if (!AMOUNT_STAGES.includes(input.stage)) return { path: "amount", message: "Only an opportunity, a win or a loss has an amount" };
    if (!Number.isFinite(amount) || amount < 0 || amount > MAX_MONEY_AMOUNT) return { path: "amount", message: `Must be a number from 0 to ${moneyAmountText(MAX_MONEY_AMOUNT)}` };
    if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) return { path: "amount", message: "At most 2 decimals" };
  }
  const reason = input.reason?.trim() ?? "";
  if (reason.length > MAX_REASON_LENGTH) return { path: "reason", message: `At most ${MAX_REASON_LENGTH} characters` };
  if (reason === "" && (input.stage === "NOT_A_FIT" || (input.stage === "LOST" && isAppSource(input.source)))) return { path: "reason", message: "Say why" };
  return null;
}

/**
 * What recording `input` on `lead` does: the lead's new fields and whether its stage moves, a
 * no-op, a field error (path + message) or a refusal (the app asked for a change that would not
 * move the lead). Every recorded outcome becomes a LeadOutcome row, whether or not it moves the stage.
 */
export function decideOutcome(lead: TLeadStageState, input: TOutcomeInput, now: Date): TOutcomeDecision {
  if (lead.isSpam) return { kind: "refused", message: "This lead is marked as spam" };
  const invalid = checkInput(lead, input, now);
  if (invalid) return { kind: "invalid", ...invalid };
  const amount = input.amount ?? null;
  const reason = input.reason?.trim() || null;
  const at = input.occurredAt;
  const stageChanged = movesStage(lead.stage, lead.stageChangedAt, input.stage, at);
  const isSame = input.stage === lead.stage;
  if (isAppSource(input.source) && !stageChanged) {
    // The same stage with the amount it already has changes nothing (a second "Won · $30,000" row was recorded).
    const storedAmount = input.stage === "OPPORTUNITY" ? lead.opportunityAmount : input.stage === "WON" ? lead.wonAmount : undefined;
    const updatesAmount = isSame && AMOUNT_STAGES.includes(input.stage) && amount !== null && amount !== storedAmount;
    const updatesReason = isSame && isClosedStage(input.stage) && reason !== null && reason !== lead.closeReason;
    if (isSame && !updatesAmount && !updatesReason) return { kind: "unchanged" };
    if (!isSame) return { kind: "refused", message: `This lead is already ${stageLabel(lead.stage)}: it cannot be marked ${stageLabel(input.stage)}` };
  }
  const patch: TLeadStagePatch = {};
  if (stageChanged) {
    patch.stage = input.stage;
    patch.stageChangedAt = at;
    if (isClosedStage(input.stage)) {
      patch.status = "CLOSED";
      patch.closedAt = at;
      patch.closeReason = reason;
      // A loss (or not a fit) after a win supersedes it: the lead no longer carries a won amount.
      if (input.stage !== "WON" && lead.wonAmount !== null) patch.wonAmount = null;
    }
  } else if (isSame && isClosedStage(input.stage) && reason !== null) {
    patch.closeReason = reason;
  }
  if (input.stage === "ACCEPTED" && (!lead.acceptedAt || at < lead.acceptedAt)) patch.acceptedAt = at;
  if (CONTACT_STAGES.includes(input.stage) && (!lead.firstContactAt || at < lead.firstContactAt)) patch.firstContactAt = at;
  const appliesAmount = stageChanged || isSame;
  if (input.stage === "OPPORTUNITY" && amount !== null && (appliesAmount || lead.opportunityAmount === null)) patch.opportunityAmount = amount;
  if (input.stage === "WON" && appliesAmount) {
    const won = amount ?? lead.wonAmount ?? lead.opportunityAmount;
    if (won !== null && won !== lead.wonAmount) patch.wonAmount = won;
  }
  return { kind: "record", patch, stageChanged, reason, amount };
}
