import { describe, expect, it } from "vitest";
import { decideOutcome, movesStage, nextStages, type TLeadStage, type TLeadStageState, type TOutcomeInput } from "./lead-stages";

const SUBMITTED = new Date("2026-12-01T15:00:00Z");
const NOW = new Date("2026-12-03T15:00:00Z");
const h = (hours: number) => new Date(SUBMITTED.getTime() + hours * 3_600_000);

const lead = (over: Partial<TLeadStageState> = {}): TLeadStageState => ({
  stage: "OPEN",
  stageChangedAt: null,
  acceptedAt: null,
  firstContactAt: null,
  opportunityAmount: null,
  wonAmount: null,
  closedAt: null,
  closeReason: null,
  submittedAt: SUBMITTED,
  isSpam: false,
  ...over,
});
const at = (stage: TLeadStage, hours: number) => lead({ stage, stageChangedAt: h(hours) });
const event = (stage: TLeadStage, hours: number, over: Partial<TOutcomeInput> = {}): TOutcomeInput => ({ stage, occurredAt: h(hours), source: "API", ...over });

describe("movesStage", () => {
  const cases: [TLeadStage, TLeadStage, "later" | "earlier", boolean][] = [
    ["OPEN", "ACCEPTED", "later", true],
    ["ACCEPTED", "CONTACTED", "later", true],
    ["CONTACTED", "WON", "later", true], // skipping stages is fine
    ["CONTACTED", "WON", "earlier", true], // out of order: still further along
    ["WON", "CONTACTED", "later", false], // a late contact never reopens
    ["OPPORTUNITY", "CONTACTED", "later", false],
    ["LOST", "WON", "later", true], // a revived deal
    ["LOST", "WON", "earlier", false], // an older win than the loss
    ["NO_SHOW", "MEETING_BOOKED", "later", true], // rebooked
    ["NO_SHOW", "MEETING_BOOKED", "earlier", false],
    ["MEETING_HELD", "NO_SHOW", "later", true],
    ["MEETING_HELD", "NO_SHOW", "earlier", false],
    ["MEETING_BOOKED", "MEETING_BOOKED", "later", false],
  ];
  it.each(cases)("%s → %s (%s) moves: %s", (from, to, when, moves) => {
    expect(movesStage(from, h(10), to, h(when === "later" ? 11 : 9))).toBe(moves);
  });
});

describe("nextStages (what the app offers)", () => {
  it.each<[TLeadStage, TLeadStage[]]>([
    ["OPEN", ["CONTACTED", "MEETING_BOOKED", "MEETING_HELD", "NO_SHOW", "OPPORTUNITY", "WON", "LOST", "NOT_A_FIT"]],
    ["OPPORTUNITY", ["OPPORTUNITY", "WON", "LOST", "NOT_A_FIT"]],
    ["NO_SHOW", ["MEETING_BOOKED", "MEETING_HELD", "OPPORTUNITY", "WON", "LOST", "NOT_A_FIT"]],
    ["WON", ["WON", "LOST", "NOT_A_FIT"]],
  ])("from %s", (from, expected) => {
    expect(nextStages(from)).toEqual(expected);
  });
});

describe("decideOutcome", () => {
  it.each<[string, TLeadStageState, TOutcomeInput, ReturnType<typeof decideOutcome>]>([
    ["contacted: stage and first contact", at("ACCEPTED", 1), event("CONTACTED", 2), { kind: "record", stageChanged: true, amount: null, reason: null, patch: { stage: "CONTACTED", stageChangedAt: h(2), firstContactAt: h(2) } }],
    ["a booking is first contact", at("ACCEPTED", 1), event("MEETING_BOOKED", 3, { source: "BOOKING" }), { kind: "record", stageChanged: true, amount: null, reason: null, patch: { stage: "MEETING_BOOKED", stageChangedAt: h(3), firstContactAt: h(3) } }],
    ["won after contacted closes with the amount", lead({ stage: "CONTACTED", stageChangedAt: h(2), firstContactAt: h(2) }), event("WON", 20, { amount: 12500 }), { kind: "record", stageChanged: true, amount: 12500, reason: null, patch: { stage: "WON", stageChangedAt: h(20), status: "CLOSED", closedAt: h(20), closeReason: null, wonAmount: 12500 } }],
    ["won without an amount takes the opportunity's", lead({ stage: "OPPORTUNITY", stageChangedAt: h(5), opportunityAmount: 9000 }), event("WON", 20), { kind: "record", stageChanged: true, amount: null, reason: null, patch: { stage: "WON", stageChangedAt: h(20), status: "CLOSED", closedAt: h(20), closeReason: null, wonAmount: 9000 } }],
    ["a late contact after won: history and first contact only", lead({ stage: "WON", stageChangedAt: h(20), closedAt: h(20) }), event("CONTACTED", 2), { kind: "record", stageChanged: false, amount: null, reason: null, patch: { firstContactAt: h(2) } }],
    ["an earlier contact moves first contact back", lead({ stage: "CONTACTED", stageChangedAt: h(5), firstContactAt: h(5) }), event("CONTACTED", 3), { kind: "record", stageChanged: false, amount: null, reason: null, patch: { firstContactAt: h(3) } }],
    ["opportunity again updates the amount", lead({ stage: "OPPORTUNITY", stageChangedAt: h(5), opportunityAmount: 9000 }), event("OPPORTUNITY", 6, { amount: 11000, source: "LEAD_PAGE" }), { kind: "record", stageChanged: false, amount: 11000, reason: null, patch: { opportunityAmount: 11000 } }],
    ["accepted sets acceptedAt", lead(), event("ACCEPTED", 1, { source: "SYSTEM" }), { kind: "record", stageChanged: true, amount: null, reason: null, patch: { stage: "ACCEPTED", stageChangedAt: h(1), acceptedAt: h(1) } }],
    ["not a fit with a reason", at("CONTACTED", 2), event("NOT_A_FIT", 3, { reason: " Student ", source: "INBOX" }), { kind: "record", stageChanged: true, amount: null, reason: "Student", patch: { stage: "NOT_A_FIT", stageChangedAt: h(3), status: "CLOSED", closedAt: h(3), closeReason: "Student" } }],
    ["lost from a CRM needs no reason", at("OPPORTUNITY", 5), event("LOST", 9), { kind: "record", stageChanged: true, amount: null, reason: null, patch: { stage: "LOST", stageChangedAt: h(9), status: "CLOSED", closedAt: h(9), closeReason: null } }],
    ["lost after a win drops the won amount", lead({ stage: "WON", stageChangedAt: h(20), closedAt: h(20), wonAmount: 1000 }), event("LOST", 21, { source: "LEAD_PAGE", reason: "no budget" }), { kind: "record", stageChanged: true, amount: null, reason: "no budget", patch: { stage: "LOST", stageChangedAt: h(21), status: "CLOSED", closedAt: h(21), closeReason: "no budget", wonAmount: null } }],
    ["not a fit after a win drops the won amount", lead({ stage: "WON", stageChangedAt: h(20), closedAt: h(20), wonAmount: 1000 }), event("NOT_A_FIT", 22, { source: "LEAD_PAGE", reason: "student" }), { kind: "record", stageChanged: true, amount: null, reason: "student", patch: { stage: "NOT_A_FIT", stageChangedAt: h(22), status: "CLOSED", closedAt: h(22), closeReason: "student", wonAmount: null } }],
    ["won again at the amount it has: nothing to do", lead({ stage: "WON", stageChangedAt: h(20), closedAt: h(20), wonAmount: 30000 }), event("WON", 21, { amount: 30000, source: "LEAD_PAGE" }), { kind: "unchanged" }],
    ["opportunity again at the same amount: nothing to do", lead({ stage: "OPPORTUNITY", stageChangedAt: h(5), opportunityAmount: 9000 }), event("OPPORTUNITY", 6, { amount: 9000, source: "INBOX" }), { kind: "unchanged" }],
    ["the app re-sends the stage: nothing to do", at("CONTACTED", 2), event("CONTACTED", 3, { source: "INBOX" }), { kind: "unchanged" }],
    ["the app cannot move a lead back", at("OPPORTUNITY", 5), event("CONTACTED", 6, { source: "LEAD_PAGE" }), { kind: "refused", message: "This lead is already opportunity: it cannot be marked contacted" }],
    ["spam leads have no lifecycle", lead({ isSpam: true }), event("CONTACTED", 1), { kind: "refused", message: "This lead is marked as spam" }],
    ["open is no target", lead(), event("OPEN", 1), { kind: "invalid", path: "stage", message: "A lead cannot be moved back to open" }],
    ["accepted only from the acceptance", lead(), event("ACCEPTED", 1), { kind: "invalid", path: "stage", message: "Accept the lead's assignment to mark it accepted" }],
    ["not in the future", lead(), { stage: "CONTACTED", occurredAt: new Date(NOW.getTime() + 3_600_000), source: "API" }, { kind: "invalid", path: "occurredAt", message: "Must not be in the future" }],
    ["not before the submission", lead(), event("CONTACTED", -1), { kind: "invalid", path: "occurredAt", message: "Must not be before the lead was submitted" }],
    ["an amount only on deal stages", lead(), event("CONTACTED", 1, { amount: 10 }), { kind: "invalid", path: "amount", message: "Only an opportunity, a win or a loss has an amount" }],
    ["no negative amount", lead(), event("WON", 1, { amount: -1 }), { kind: "invalid", path: "amount", message: "Must be a number from 0 to 999,999,999,999.99" }],
    ["cents at most", lead(), event("WON", 1, { amount: 10.005 }), { kind: "invalid", path: "amount", message: "At most 2 decimals" }],
    ["not a fit says why", lead(), event("NOT_A_FIT", 1), { kind: "invalid", path: "reason", message: "Say why" }],
    ["lost in the app says why", lead(), event("LOST", 1, { source: "INBOX", reason: "  " }), { kind: "invalid", path: "reason", message: "Say why" }],
  ])("%s", (_name, state, input, expected) => {
    expect(decideOutcome(state, input, NOW)).toEqual(expected);
  });

  it("settles on the same stage whatever order a CRM's events arrive in", () => {
    const events = [event("CONTACTED", 2), event("OPPORTUNITY", 5, { amount: 5000 }), event("WON", 9, { amount: 7000 })];
    const orders = [events, [...events].reverse(), [events[2]!, events[0]!, events[1]!]];
    for (const order of orders) {
      let state = lead({ stage: "ACCEPTED", stageChangedAt: h(1) });
      for (const e of order) {
        const d = decideOutcome(state, e, NOW);
        if (d.kind !== "record") throw new Error(d.kind);
        state = { ...state, ...d.patch };
      }
      expect(state).toMatchObject({ stage: "WON", stageChangedAt: h(9), firstContactAt: h(2), wonAmount: 7000, closedAt: h(9) });
    }
  });
});
