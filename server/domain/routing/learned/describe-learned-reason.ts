// Text of the learned chooser's reason codes: "Chosen: 31% expected win rate for financial
// services × Enterprise (42 leads), team 18%", "floor share held for Tom: 1 of 40 leads this week".
import type { TReasonCode } from "../reason-codes";
import { LEARNED_OUTCOME_LABELS } from "./learned-config";

type TLearnedReason = Extract<TReasonCode, { code: "LEARNED_CHOICE" | "FLOOR_SHARE" | "LEARNED_WARMING_UP" | "LEARNED_OFF" | "NOT_CHOSEN_EXPECTED" }>;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const leads = (n: number) => `${Math.round(n)} lead${Math.round(n) === 1 ? "" : "s"}`;

export function describeLearnedReason(reason: TLearnedReason, names: { repName(id: string): string }, brief: boolean): string {
  switch (reason.code) {
    case "LEARNED_CHOICE": {
      const rate = `${pct(reason.expected)} expected ${LEARNED_OUTCOME_LABELS[reason.outcome]} rate for ${reason.segment}`;
      return brief ? rate : `Chosen: ${rate} (${leads(reason.successes + reason.failures)}), team ${pct(reason.teamRate)}`;
    }
    case "FLOOR_SHARE": {
      const fair = reason.members === 0 ? 0 : reason.weekTotal / reason.members;
      const who = `floor share held for ${names.repName(reason.repId)}`;
      return brief ? who : `${who}: ${reason.assigned} of ${reason.weekTotal} leads this week, below ${pct(reason.floorShare)} of a fair ${Math.round(fair * 10) / 10}`;
    }
    case "LEARNED_WARMING_UP":
      return `learning: ${reason.outcomes} of ${reason.needed} outcomes so far, fallback chooser used`;
    case "LEARNED_OFF":
      return "learned routing switched off: round-robin";
    case "NOT_CHOSEN_EXPECTED":
      return reason.byFloor
        ? `not chosen: floor share held for ${names.repName(reason.chosenRepId)} (${pct(reason.expected)} expected here)`
        : `not chosen: ${pct(reason.expected)} expected (${leads(reason.successes + reason.failures)}), ${names.repName(reason.chosenRepId)} drew higher`;
  }
}
