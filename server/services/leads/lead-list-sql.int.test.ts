// lead-list-sql.ts renders the table's filter clauses (domain/leads/lead-list-filters.ts) to SQL
// (the leads CSV's one column statement), lead-list-where.ts to Prisma (the table): on a workspace
// of leads that differ in every filtered column, each filter, status, spam setting, slice, search
// (wildcards included), a routed assignment (kind, rep, path, team and time of the assignment; another
// workspace's assignment row never counts) and a REP's scope selects exactly the leads the table lists, and the cases
// exercise every kind of clause and of funnel fact (a new kind fails here until a case uses it).
// PGlite by default, PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { parseInput } from "../reps/parse-input";
import { leadListFilters, type TLeadListFilter, type TReachFact } from "../../domain/leads/lead-list-filters";
import { leadListSql } from "./lead-list-sql";
import { listLeads, ZListLeadsInput, type TLeadViewer, type TListLeadsInput } from "./list-leads";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const testDb = useTestDb();
const STATUSES = ["NEW", "ASSIGNED", "ACCEPTED", "FALLBACK", "NURTURE", "DISQUALIFIED", "SPAM", "CLOSED"] as const;
// Every kind (TypeScript refuses a record that misses one), for the coverage check below.
const FILTER_KINDS = Object.keys({
  ownedByUser: 1, hideSpam: 1, status: 1, tier: 1, form: 1, source: 1, submittedBetween: 1, routedAssignment: 1, ownerRep: 1, ownerInTeam: 1, routingPath: 1, scoreBetween: 1, utmSource: 1, reached: 1, search: 1,
} satisfies Record<TLeadListFilter["kind"], 1>);
const REACH_KINDS = Object.keys({
  stageIn: 1, hasOpportunityAmount: 1, hadOutcomeIn: 1, hasBooking: 1, hasFirstContact: 1, hasOwner: 1, routingOutcomeIn: 1,
} satisfies Record<TReachFact["kind"], 1>);
const STAGES = ["OPEN", "CONTACTED", "MEETING_BOOKED", "OPPORTUNITY", "WON", "LOST"] as const;

async function seed() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Parity");
  const other = await makeWorkspace(db, "Other");
  const reps = [];
  for (const name of ["Sarah", "Tom"]) {
    const { user } = await makeMember(db, ws.id, "REP", name);
    const profile = await db.repProfile.create({ data: { workspaceId: ws.id, userId: user.id, timeZone: "UTC", workingHours: [] } });
    reps.push({ repId: profile.id, viewer: { userId: user.id, role: "REP" } as TLeadViewer });
  }
  const team = await db.team.create({ data: { workspaceId: ws.id, name: "East", members: { create: [{ repId: reps[0]!.repId }] } } });
  const form = await db.form.create({ data: { workspaceId: ws.id, name: "Pricing", slug: `pricing-${Date.now()}`, draftDefinition: {}, draftScoring: {} } });
  const people = await Promise.all(
    [
      { email: "ann@acme.test", name: "Ann 100%", company: "Acme_Co" },
      { email: "bob@globex.test", name: "Bob", company: null },
    ].map((p) => db.person.create({ data: { workspaceId: ws.id, emailDomain: p.email.split("@")[1]!, ...p } })),
  );
  const ids: string[] = [];
  for (let i = 0; i < 24; i += 1) {
    const owner = i % 3 === 0 ? null : reps[i % 2]!.repId;
    const lead = await db.lead.create({
      data: {
        workspaceId: ws.id,
        formId: i % 4 === 0 ? form.id : null,
        personId: i % 5 === 0 ? null : people[i % 2]!.id,
        contactName: i % 7 === 0 ? "Carla \\ Back" : null,
        contactCompany: i % 6 === 1 ? "Initech 50%" : null,
        answers: {},
        scores: {},
        breakdown: [],
        tier: i % 2 ? "sales_ready" : "nurture",
        scoreTotal: (i * 17) % 100 - 10,
        status: STATUSES[i % STATUSES.length]!,
        isSpam: i % 5 === 2,
        ownerRepId: owner,
        outcome: {},
        source: i % 3 ? "api" : "form",
        utm: (i % 4 === 1 ? { utm_source: "google" } : i % 4 === 2 ? { utm_source: 7 } : {}) as Prisma.InputJsonValue,
        routingPathId: i % 4 === 3 ? "path-a" : null,
        routingOutcome: ["assigned", "fallback", "nurture", null][i % 4] ?? null,
        stage: STAGES[i % STAGES.length]!,
        firstContactAt: i % 8 === 5 ? new Date() : null,
        opportunityAmount: i % 9 === 4 ? 1000 : null,
        submittedAt: new Date(Date.UTC(2026, 10, 1 + (i % 10), 12)),
      },
    });
    ids.push(lead.id);
    if (i % 10 === 7) await db.leadOutcome.create({ data: { workspaceId: ws.id, leadId: lead.id, stage: i % 20 === 7 ? "OPPORTUNITY" : "MEETING_HELD", occurredAt: new Date(), source: "API" } });
    // Routing history: ROUTED to a rep (twice for one lead), a reassignment and the fallback through
    // two paths and two teams, over nine days; every third lead has none.
    if (i % 3 !== 2) {
      const kind = i % 5 === 0 ? "REASSIGNED" : i % 7 === 0 ? "FALLBACK" : "ROUTED";
      const decision = { pathId: i % 4 === 3 ? "path-a" : "path-b", teamId: i % 2 ? team.id : "team-other" };
      for (let copy = 0; copy < (i === 4 ? 2 : 1); copy += 1) {
        await db.leadAssignment.create({
          data: { workspaceId: ws.id, leadId: lead.id, kind, repId: kind === "FALLBACK" ? null : reps[(i + 1) % 2]!.repId, isCurrent: false, decision, assignedAt: new Date(Date.UTC(2026, 10, 2 + (i % 9), 9 + copy)) },
        });
      }
    }
    // A row that names another workspace is never read for this one's leads.
    if (i === 1) {
      await db.leadAssignment.create({
        data: { workspaceId: other.id, leadId: lead.id, kind: "ROUTED", repId: reps[0]!.repId, isCurrent: false, decision: { pathId: "path-a", teamId: team.id }, assignedAt: new Date(Date.UTC(2026, 10, 3, 9)) },
      });
    }
    if (i === 11) {
      const starts = new Date(Date.UTC(2026, 11, 1, 10));
      await db.booking.create({ data: { workspaceId: ws.id, leadId: lead.id, repId: reps[1]!.repId, startsAt: starts, endsAt: new Date(starts.getTime() + 1_800_000), timeZone: "UTC", title: "Call", bookedBy: "prospect" } });
    }
  }
  await db.lead.create({ data: { workspaceId: other.id, answers: {}, scores: {}, breakdown: [], tier: "nurture", outcome: {}, utm: {} } });
  return { workspaceId: ws.id, reps, teamId: team.id, formId: form.id, leadCount: ids.length, ids };
}

describe(`leadListSql selects the table's leads (${lane})`, () => {
  it("every filter, alone and together, on both sides", async () => {
    const { workspaceId, reps, teamId, formId, ids } = await seed();
    const cases: [string, TListLeadsInput, TLeadViewer | null][] = [
      ["default (spam hidden)", {}, null],
      ["spam shown", { includeSpam: true }, null],
      ...STATUSES.map((status): [string, TListLeadsInput, null] => [`status ${status}`, { status }, null]),
      ["tier", { tier: "sales_ready" }, null],
      ["form", { formId }, null],
      ["source", { source: "form", includeSpam: true }, null],
      ["search email", { search: "ACME" }, null],
      ["search person name with %", { search: "100%" }, null],
      ["search company with _", { search: "e_C" }, null],
      ["search _ is not a wildcard", { search: "Acme_" }, null],
      ["search contactCompany with %", { search: "initech 50%" }, null],
      ["search backslash", { search: "a \\ b" }, null],
      ["search backslash in contactName", { search: "\\ back" }, null],
      ["a REP's own leads", {}, reps[0]!.viewer],
      ["a REP's own, spam shown, searched", { includeSpam: true, search: "bob" }, reps[1]!.viewer],
      ["an admin viewer", {}, { userId: "someone", role: "ADMIN" }],
      ["slice dates", { slice: { from: "2026-11-03", to: "2026-11-06" } }, null],
      ["slice rep", { slice: { repId: reps[1]!.repId } }, null],
      ["slice team", { slice: { teamId } }, null],
      ["slice path", { slice: { pathId: "path-a" } }, null],
      ["slice utm source", { slice: { utmSource: "google" }, includeSpam: true }, null],
      ["slice routed to a rep by a path to a team, in days", { slice: { assignedRepId: reps[0]!.repId, assignedPathId: "path-a", assignedTeamId: teamId, from: "2026-11-02", to: "2026-11-09" }, includeSpam: true }, null],
      ["slice routed to a rep", { slice: { assignedRepId: reps[1]!.repId } }, null],
      ["slice routed by a path", { slice: { assignedPathId: "path-b" }, includeSpam: true }, null],
      ["slice routed to a team, from a day", { slice: { assignedTeamId: teamId, from: "2026-11-05" }, includeSpam: true }, null],
      ["slice routed: the range is the assignment's", { slice: { assignedTeamId: "team-other", to: "2026-11-04" }, includeSpam: true }, null],
      ["slice utm source, a number is not the text", { slice: { utmSource: "7" }, includeSpam: true }, null],
      ...(["submitted", "qualified", "routed", "contacted", "meeting", "opportunity", "won"] as const).map((reached): [string, TListLeadsInput, null] => [`slice reached ${reached}`, { slice: { reached }, includeSpam: true }, null]),
      ...["0-19", "20-39", "80+"].map((scoreBand): [string, TListLeadsInput, null] => [`slice score band ${scoreBand}`, { slice: { scoreBand }, includeSpam: true }, null]),
      ["everything at once", { status: "ASSIGNED", tier: "sales_ready", source: "api", search: "acme", slice: { from: "2026-11-01", reached: "routed" } }, reps[1]!.viewer],
    ];
    const sizes: number[] = [];
    const used = new Set<string>();
    for (const [name, input, viewer] of cases) {
      const table = await listLeads(testDb.db, workspaceId, { ...input, pageSize: 100 }, viewer);
      const query = parseInput(ZListLeadsInput, input);
      for (const filter of leadListFilters(query, viewer)) {
        used.add(filter.kind);
        if (filter.kind === "reached") for (const fact of filter.anyOf) used.add(`reached:${fact.kind}`);
      }
      const where = leadListSql(workspaceId, query, viewer);
      const rows = await testDb.db.$queryRaw<{ id: string }[]>`SELECT l."id" FROM "Lead" l WHERE ${where}`;
      expect(rows.map((r) => r.id).sort(), name).toEqual(table.items.map((l) => l.id).sort());
      sizes.push(table.total);
    }
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThan(cases.length * 0.8); // the cases select something
    cases.forEach(([name], i) => {
      if (name.startsWith("slice routed")) expect([name, sizes[i]! > 0]).toEqual([name, true]);
    });
    // The lead whose only such assignment row names another workspace is not routed to Sarah by path-a, on either side.
    const sarahByPathA = { slice: { assignedRepId: reps[0]!.repId, assignedPathId: "path-a", assignedTeamId: teamId }, includeSpam: true };
    expect((await listLeads(testDb.db, workspaceId, { ...sarahByPathA, pageSize: 100 }, null)).items.map((l) => l.id)).not.toContain(ids[1]);
    const otherRows = await testDb.db.$queryRaw<{ id: string }[]>`SELECT l."id" FROM "Lead" l WHERE ${leadListSql(workspaceId, parseInput(ZListLeadsInput, sarahByPathA), null)}`;
    expect(otherRows.map((r) => r.id)).not.toContain(ids[1]);
    expect([...used].sort()).toEqual([...FILTER_KINDS, ...REACH_KINDS.map((kind) => `reached:${kind}`)].sort());
  });
});
