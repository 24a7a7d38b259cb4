// The lead page header in the Lifecycle card's words: it read "Accepted" beside Lifecycle
// "Opportunity" (a won lead's header never said "Won").
import { describe, expect, it } from "vitest";
import { leadHeaderBadges, type THeaderBadge, type THeaderStatusInput } from "./lead-header-status";

const TOM = { userId: "u_tom", name: "Tom Becker" };
const base: THeaderStatusInput = { status: "ACCEPTED", stage: "ACCEPTED", owner: TOM, viewerUserId: "u_manager" };
const stage = (label: string, tone: THeaderBadge["tone"]): THeaderBadge => ({ kind: "stage", label, tone });
const status = (label: string, tone: THeaderBadge["tone"]): THeaderBadge => ({ kind: "status", label, tone });

describe("leadHeaderBadges", () => {
  it.each<[string, Partial<THeaderStatusInput>, THeaderBadge[]]>([
    ["assigned, waiting for its rep: the inbox's word", { status: "ASSIGNED", stage: "OPEN" }, [status("Not accepted", "amber")]],
    ["accepted, seen by a manager", {}, [status("Accepted by Tom Becker", "green")]],
    ["accepted, seen by its owner", { viewerUserId: "u_tom" }, [status("Accepted by you", "green")]],
    ["accepted, no owner known", { owner: null }, [status("Accepted", "green")]],
    ["contacted: the stage, then who holds it", { stage: "CONTACTED" }, [stage("Contacted", "blue"), status("Accepted by Tom Becker", "green")]],
    ["an opportunity", { stage: "OPPORTUNITY" }, [stage("Opportunity", "blue"), status("Accepted by Tom Becker", "green")]],
    ["worked before it was accepted", { status: "ASSIGNED", stage: "MEETING_BOOKED" }, [stage("Meeting booked", "blue"), status("Not accepted", "amber")]],
    ["a no-show", { stage: "NO_SHOW" }, [stage("No-show", "red"), status("Accepted by Tom Becker", "green")]],
    ["won: the stage alone", { status: "CLOSED", stage: "WON" }, [stage("Won", "green")]],
    ["lost", { status: "CLOSED", stage: "LOST" }, [stage("Lost", "red")]],
    ["not a fit", { status: "CLOSED", stage: "NOT_A_FIT" }, [stage("Not a fit", "red")]],
    ["closed without a worked stage", { status: "CLOSED", stage: "ACCEPTED" }, [status("Closed", "gray")]],
    ["in the backup queue", { status: "FALLBACK", stage: "OPEN", owner: null }, [status("Backup queue", "amber")]],
    ["nurture", { status: "NURTURE", stage: "OPEN", owner: null }, [status("Nurture", "gray")]],
    ["disqualified", { status: "DISQUALIFIED", stage: "OPEN", owner: null }, [status("Disqualified", "red")]],
    ["spam", { status: "SPAM", stage: "OPEN", owner: null }, [status("Spam", "red")]],
    ["new (not routed yet)", { status: "NEW", stage: "OPEN", owner: null }, [status("New", "gray")]],
    ["provisional, no deadline", { status: "ASSIGNED", stage: "OPEN", isProvisional: true }, [status("Provisional — awaiting review", "amber")]],
  ])("%s", (_what, input, expected) => {
    expect(leadHeaderBadges({ ...base, ...input })).toEqual(expected);
  });

  it("a provisional lead's deadline is a time mark (said in the viewer's zone)", () => {
    const [badge] = leadHeaderBadges({ ...base, status: "ASSIGNED", stage: "OPEN", isProvisional: true, reviewUntil: new Date("2026-12-07T15:30:00Z") });
    expect(badge!.kind).toBe("status");
    expect(badge!.label).toMatch(/^Provisional — awaiting review until \S+/);
  });

  it("never says both \"Accepted\" and a stage for one thing: the stage badge is the Lifecycle card's word", () => {
    for (const s of ["CONTACTED", "MEETING_HELD", "OPPORTUNITY"] as const) {
      const badges = leadHeaderBadges({ ...base, stage: s });
      expect(badges.filter((b) => b.kind === "stage")).toHaveLength(1);
      expect(badges.some((b) => b.label === "Accepted")).toBe(false);
    }
  });
});
