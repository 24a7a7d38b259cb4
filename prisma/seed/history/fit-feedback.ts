// Reps' fit feedback in the demo history, as the live product records it (services/outcomes/
// lead-feedback.ts): a verdict (good fit, wrong person, wrong territory, wrong size) from the rep
// who held the lead, with its owner and routing path, given after they accepted it and never after
// `now`. Who gives it and what it says follow the lead's outcome: most "not a fit" closures carry
// the misfit they were closed for, won leads are mostly a good fit, and a few lost ones say what
// was wrong — the misfit the lead's answers and path point to when they point to one (a student,
// an Asia-Pacific lead that fell through to another team, a large company on the inbound path).
// Draws come from their own seeded stream (generate-history.ts), so the rest of the history is
// what the seed always gave. No I/O.
import type { TAnswers } from "../../../server/domain/forms/definition";
import type { TFitVerdict } from "../../../server/domain/outcomes/fit-verdicts";
import type { THistoryFeedback, THistoryLead } from "./history-types";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const BIG_SIZES = ["200-999", "1000-4999", "5000+"];

/** How likely the rep who held a lead gives fit feedback on it, by how it closed. */
export const FEEDBACK_SHARE: Record<THistoryLead["stage"], number> = { NOT_A_FIT: 0.85, WON: 0.7, LOST: 0.22, OPEN: 0 };

/** The close reason a "not a fit" closure records for each misfit (a student's: "student project"). */
const NOT_A_FIT_REASONS: Record<Exclude<TFitVerdict, "GOOD_FIT">, string> = { WRONG_PERSON: "wrong person", WRONG_TERRITORY: "wrong territory", WRONG_SIZE: "wrong size" };

/** The notes a rep writes with a verdict, the ones that fit what the lead's answers say. */
function notesFor(verdict: TFitVerdict, answers: TAnswers): string[] {
  if (verdict === "GOOD_FIT") return ["Exactly our buyer.", "Right team, right size.", "Budget holder, ready to talk."];
  if (verdict === "WRONG_PERSON") return answers.role === "student" ? ["Student research, no purchase planned."] : ["Not the buyer; passed us to procurement.", "Influences the choice but cannot sign."];
  if (verdict === "WRONG_TERRITORY") return answers.region === "apac" ? ["Based in APAC: should go to the APAC team."] : ["Outside the regions we sell to."];
  return BIG_SIZES.includes(String(answers.company_size)) ? ["Enterprise account: belongs with the enterprise team."] : ["Too small for a sales-led plan."];
}

/**
 * The misfit a lead's answers and routing path point to, if any: a student or a researching
 * individual is the wrong person; an Asia-Pacific lead off the APAC path, or one from outside the
 * regions served, the wrong territory; a large company on the inbound path, or a tiny one anywhere,
 * the wrong size.
 */
export function misfitOf(answers: TAnswers, pathId: string | null): Exclude<TFitVerdict, "GOOD_FIT"> | null {
  if (answers.role === "student" || (answers.role === "individual" && answers.authority === "researching")) return "WRONG_PERSON";
  if ((answers.region === "apac" && pathId !== "apac") || answers.region === "other") return "WRONG_TERRITORY";
  if ((BIG_SIZES.includes(String(answers.company_size)) && pathId === "inbound") || answers.company_size === "1-19") return "WRONG_SIZE";
  return null;
}

/** Whether the person can buy: a decision maker, a founder or a C-level executive. */
export function decides(answers: TAnswers): boolean {
  return answers.authority === "decision_maker" || answers.role === "founder" || answers.role === "c_level";
}

/** The verdict a rep's "not a fit" close reason states. */
export function verdictOfReason(reason: string | null): Exclude<TFitVerdict, "GOOD_FIT"> {
  return reason === "wrong size" ? "WRONG_SIZE" : reason === "wrong territory" ? "WRONG_TERRITORY" : "WRONG_PERSON";
}

/**
 * The close reason of a "not a fit" closure: the misfit the answers and path point to when they
 * point to one (someone who cannot buy: the wrong person), else the reason drawn (`drawn`:
 * "wrong size" or "wrong territory"; "student project" only for a student).
 */
export function notAFitReason(answers: TAnswers, pathId: string | null, drawn: string): string {
  // Without a clear misfit, someone who cannot buy is the wrong person to sell to.
  const misfit = misfitOf(answers, pathId) ?? (decides(answers) ? null : "WRONG_PERSON");
  // A buyer who is not a student was not a student project: too small for us, then.
  if (!misfit) return drawn === "student project" ? "wrong size" : drawn;
  return misfit === "WRONG_PERSON" && answers.role === "student" ? "student project" : NOT_A_FIT_REASONS[misfit];
}

type TFeedbackLead = Pick<THistoryLead, "id" | "answers" | "stage" | "closeReason" | "ownerRepId" | "acceptedAt" | "firstContactAt" | "closedAt" | "outcomes" | "assignments">;

/**
 * The fit feedback the rep who held the lead gave on it, or null (most leads get none). The
 * path is the current assignment's decision's (as live: the path that produced the owner); the
 * time is after their acceptance and by `end`: a "not a fit" verdict minutes after that closure,
 * a won lead's after the win, a lost lead's while it was worked or the day it closed.
 */
export function fitFeedbackOf(lead: TFeedbackLead, end: number, rnd: () => number): THistoryFeedback | null {
  // Draw the same number of times for every lead, so one lead's verdict does not shift the next's.
  const [gives, kind, which, noteDraw, noteWhich, when] = [rnd(), rnd(), rnd(), rnd(), rnd(), rnd()];
  if (!lead.ownerRepId || !lead.acceptedAt || !lead.closedAt || gives >= FEEDBACK_SHARE[lead.stage]) return null;
  const current = lead.assignments.at(-1);
  const decision = current?.decision as { pathId?: unknown } | null | undefined;
  const pathId = typeof decision?.pathId === "string" ? decision.pathId : null;
  const misfit = misfitOf(lead.answers, pathId);
  const anyMisfit = (["WRONG_PERSON", "WRONG_TERRITORY", "WRONG_SIZE"] as const)[Math.floor(which * 3)]!;
  const verdict: TFitVerdict =
    lead.stage === "NOT_A_FIT" ? verdictOfReason(lead.closeReason)
    : lead.stage === "WON" ? (kind < 0.95 ? "GOOD_FIT" : (misfit ?? "WRONG_PERSON"))
    : misfit ? (kind < 0.65 ? misfit : "GOOD_FIT")
    : kind < 0.85 ? "GOOD_FIT"
    : decides(lead.answers) ? anyMisfit
    : "WRONG_PERSON";
  const accepted = lead.acceptedAt.getTime();
  const closeAt = lead.closedAt.getTime();
  const worked = (lead.firstContactAt ?? lead.acceptedAt).getTime();
  const at =
    lead.stage === "NOT_A_FIT" ? closeAt + (1 + when * 20) * MIN
    : lead.stage === "WON" ? closeAt + when * DAY
    : worked + when * (closeAt + DAY - worked);
  const createdAt = Math.min(end, Math.max(at, accepted + MIN));
  if (createdAt <= accepted) return null;
  const notes = notesFor(verdict, lead.answers);
  return {
    id: `${lead.id}f`,
    repId: lead.ownerRepId,
    verdict,
    note: noteDraw < 0.3 ? notes[Math.floor(noteWhich * notes.length)]! : null,
    pathId,
    createdAt: new Date(createdAt),
  };
}
