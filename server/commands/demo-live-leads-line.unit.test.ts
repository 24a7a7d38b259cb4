// The line `npm run dev` (first start) and `npm run db:seed` print about the demo's live leads
// (prisma/seed/seed-live-demo-leads.ts): a first seed, a rerun that replays them, a mixed rerun.
import { describe, expect, it } from "vitest";
import { liveDemoLeadsLine, type TLiveDemoLeads } from "../../prisma/seed/seed-live-demo-leads";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `lead${i}`);
const routes = (overrides: Partial<TLiveDemoLeads["routes"]> = {}): TLiveDemoLeads["routes"] => ({ assignedTo: [], awaitingReview: 0, inBackupQueue: 0, nurtured: 0, other: 0, ...overrides });

describe("liveDemoLeadsLine", () => {
  it.each([
    [
      "a first seed: every lead submitted now, reps counted once each",
      { leadIds: ids(7), submitted: 7, kept: 0, skipped: 0, routes: routes({ assignedTo: ["Tom Becker", "Maya Rodriguez", "Tom Becker", "Sarah Chen", "Tom Becker"], awaitingReview: 1, nurtured: 2 }) },
      "Demo live leads: 7 open leads submitted through the demo form and routed now (5 assigned: Tom Becker ×3, Maya Rodriguez, Sarah Chen — 1 of them awaiting the manager's review; 2 in nurture); alerts, SLA timers and nurture emails run as jobs once the app starts.",
    ],
    [
      "a rerun: all kept (some closed by the newcomer meanwhile), no jobs promised",
      { leadIds: ids(7), submitted: 0, kept: 7, skipped: 0, routes: routes({ assignedTo: ["Tom Becker"], inBackupQueue: 1, nurtured: 2, other: 3 }) },
      "Demo live leads: 7 leads kept from an earlier seed, none added (1 assigned: Tom Becker; 1 in the backup queue; 2 in nurture; 3 closed or moved on).",
    ],
    [
      "a mixed rerun with a refused submission (the demo form was edited)",
      { leadIds: ids(6), submitted: 1, kept: 5, skipped: 1, routes: routes({ nurtured: 6 }) },
      "Demo live leads: 1 lead submitted and routed now, 5 kept from an earlier seed (6 in nurture; 1 refused by the edited demo form); alerts, SLA timers and nurture emails run as jobs once the app starts.",
    ],
  ] as const)("%s", (_name, result, line) => {
    expect(liveDemoLeadsLine(structuredClone(result) as TLiveDemoLeads)).toBe(line);
  });
});
