// The demo history (prisma/seed/history/generate-history.ts) seeded by `npm run db:seed`: it ends
// two days before `now` — no timestamp of any kind after that, however recent the lead (a recent
// lead has simply not got as far) — and reps accept and first contact leads in their working hours.
import { describe, expect, it } from "vitest";
import { DEMO_FORM_DEFINITION } from "../../prisma/seed/demo-form-definition";
import { DEMO_FORM_SCORING } from "../../prisma/seed/demo-form-scoring";
import { DEMO_PEOPLE, DEMO_TEAMS } from "../../prisma/seed/demo-people";
import { generateHistory, type THistoryRoster } from "../../prisma/seed/history/generate-history";
import { ZFormDefinition } from "../domain/forms/definition";
import { isWithinWorkingHours } from "../domain/routing/rep-availability";
import { ZScoringModel } from "../domain/scoring/model";

const reps = DEMO_PEOPLE.flatMap((p) => (p.rep ? [{ id: `rep-${p.key}`, name: p.name, timeZone: p.rep.timeZone, workingHours: p.rep.workingHours as THistoryRoster["reps"][number]["workingHours"], maxOpenLeads: p.rep.maxOpenLeads ?? null, teams: p.rep.teams }] : []));
const team = (name: string) => reps.filter((r) => r.teams.includes(name)).map((r) => r.id);
const ROSTER: THistoryRoster = {
  reps,
  paths: [
    { id: "disqualified", name: "Disqualified", teamId: null, repIds: [], kind: "disqualify" },
    { id: "nurture", name: "Nurture", teamId: null, repIds: [], kind: "nurture" },
    ...DEMO_TEAMS.map((t) => ({ id: t.name === "APAC" ? "apac" : t.name === "Enterprise" ? "enterprise" : "inbound", name: t.name, teamId: `team-${t.name}`, repIds: team(t.name), kind: "team" as const })),
  ],
  formId: "form",
  formVersionId: "form-v1",
  formVersion: 1,
  definition: ZFormDefinition.parse(DEMO_FORM_DEFINITION),
  scoring: ZScoringModel.parse(DEMO_FORM_SCORING),
};
const NOW = new Date("2026-12-21T09:30:00Z");
const END = NOW.getTime() - 2 * 24 * 3600_000;
const history = () => generateHistory(ROSTER, { now: NOW, days: 90, leadsPerDay: 25, seed: 20261130, tag: "t" });

/** Every instant the generator writes for a lead: its fields, outcome rows and routing decision. */
function instants(lead: ReturnType<typeof history>["leads"][number]): [string, Date][] {
  const out: [string, Date][] = [["submittedAt", lead.submittedAt]];
  for (const key of ["acceptedAt", "firstContactAt", "closedAt"] as const) if (lead[key]) out.push([key, lead[key]]);
  for (const o of lead.outcomes) out.push([`outcome ${o.stage}`, o.occurredAt]);
  const decision = lead.assignment?.decision as { evaluatedAtIso?: string } | undefined;
  if (decision?.evaluatedAtIso) out.push(["decision", new Date(decision.evaluatedAtIso)]);
  return out;
}

describe("demo history", () => {
  it("writes nothing after its end (two days before now): recent leads have not got as far, and are still closed", () => {
    const { leads, visits } = history();
    const late = leads.flatMap((l) => instants(l).filter(([, at]) => at.getTime() > END).map(([what, at]) => `${l.id} ${what} ${at.toISOString()}`));
    const lateVisits = visits.flatMap((v) => v.events.filter((e) => e.occurredAt.getTime() > END).map((e) => `${v.visitId} ${e.type}`));
    expect(late).toEqual([]);
    expect(lateVisits).toEqual([]);
    for (const l of leads) {
      // A lead's own timeline is in order and ends with its close (live load untouched: all closed).
      const times = l.outcomes.map((o) => o.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (l.status === "CLOSED") expect(l.closedAt!.getTime()).toBe(Math.max(l.submittedAt.getTime() + 1, ...times, l.closedAt!.getTime()));
      if (l.outcomes.length) expect(l.outcomes.at(-1)!.stage).toBe(l.stage);
    }
    // Not squashed onto the end: the unfinished leads close over the last days, not at one moment.
    const lastHour = leads.filter((l) => l.closedAt && l.closedAt.getTime() > END - 3600_000).length;
    expect(lastHour).toBeLessThan(25);
    // Same seed, same history.
    expect(history().leads.map((l) => [l.id, l.stage, l.closedAt?.toISOString()])).toEqual(leads.map((l) => [l.id, l.stage, l.closedAt?.toISOString()]));
   }, 30_000);

  it("a rep accepts and first contacts a lead in their working hours", () => {
    const byId = new Map(reps.map((r) => [r.id, r]));
    const outside = history().leads.flatMap((l) => {
      const rep = l.ownerRepId ? byId.get(l.ownerRepId) : undefined;
      if (!rep) return [];
      return (["acceptedAt", "firstContactAt"] as const).filter((k) => l[k] && !isWithinWorkingHours(rep.workingHours, rep.timeZone, l[k])).map((k) => `${l.id} ${k} ${l[k]!.toISOString()} ${rep.timeZone}`);
    });
    expect(outside).toEqual([]);
   }, 30_000);
});
