// Leads inbox and lead detail against a real database (PGlite by default, PostgreSQL with
// TEST_DATABASE_URL), through the tRPC procedures: filters, search, sort, paging, labels and
// workspace isolation. Leads are inserted directly (the submission service is separate).
import { describe, expect, it } from "vitest";
import { formsRouter } from "../../api/routers/forms";
import { leadsRouter } from "../../api/routers/leads";
import { createCallerFactory, router } from "../../api/trpc";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { getLead } from "./get-lead";
import { makeLead, makePerson, makePublishedForm } from "../../testing/fixtures/lead-fixtures";

const createCaller = createCallerFactory(router({ forms: formsRouter, leads: leadsRouter }));
const testDb = useTestDb();

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 12));

async function seed() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const other = await makeWorkspace(db, "Beta");
  // A marketer reads every lead (REPs see only their own: assignments.int.test.ts).
  const rep = await makeMember(db, ws.id, "MARKETER", "rep");
  const otherAdmin = await makeMember(db, other.id, "ADMIN", "other-admin");
  const demo = await makePublishedForm(db, ws.id, "Demo request");
  const news = await makePublishedForm(db, ws.id, "Newsletter");
  const foreign = await makePublishedForm(db, other.id, "Foreign");
  const alice = await makePerson(db, ws.id, "alice@acme.com", "Alice Anders", "Acme Corp");
  const bob = await makePerson(db, ws.id, "bob@globex.io", "Bob Brown", "Globex");
  const carol = await makePerson(db, ws.id, "carol@initech.com", "Carol Chen", null);
  const bot = await makePerson(db, ws.id, "bot@spam.example", null, null);
  const otherAlice = await makePerson(db, other.id, "alice@acme.com", "Alice Anders", "Acme Corp");
  const base = (form: typeof demo, personId: string) => ({ workspaceId: ws.id, formId: form.form.id, formVersionId: form.version.id, personId });
  const l1 = await makeLead(db, { ...base(demo, alice.id), tier: "sales_ready", scoreTotal: 80, source: "hosted", submittedAt: day(0) });
  const l2 = await makeLead(db, { ...base(demo, bob.id), tier: "nurture", scoreTotal: 30, source: "embed", submittedAt: day(1) });
  const l3 = await makeLead(db, { ...base(news, carol.id), tier: "disqualified", scoreTotal: -10, source: "api", submittedAt: day(2) });
  const spam = await makeLead(db, { ...base(demo, bot.id), tier: "nurture", scoreTotal: 25, source: "hosted", isSpam: true, submittedAt: day(3) });
  const l4 = await makeLead(db, {
    ...base(demo, alice.id),
    tier: "sales_ready",
    scoreTotal: 90,
    source: "embed",
    submittedAt: day(4),
    repeatOfLeadId: l1.id,
    answers: { email: "alice@acme.com", budget: "50k_plus", features: ["routing", "scoring"], size: "51-200", demo: true, utm_campaign: "spring" },
    scores: { fit: 40, intent: 20, value: 30 },
    breakdown: [
      { kind: "option", dimension: "value", points: 30, ref: "budget=50k_plus", explanation: "+30 value: budget $50,000 or more" },
      { kind: "option", dimension: "fit", points: 25, ref: "size=51-200", explanation: "+25 fit: company size 51–200" },
      { kind: "rule", dimension: "fit", points: 15, ref: "r_work_email", explanation: "+15 fit: work email" },
      { kind: "rule", dimension: "intent", points: 20, ref: "r_demo", explanation: "+20 intent: wants a demo" },
    ],
    estimatedValue: "12500.5",
    utm: { utm_source: "google", utm_campaign: "spring" },
    referrer: "https://www.google.com/",
  });
  await db.leadEvent.createMany({
    data: [
      { leadId: l4.id, workspaceId: ws.id, type: "scored", data: { tier: "sales_ready" }, createdAt: new Date(day(4).getTime() + 1000) },
      { leadId: l4.id, workspaceId: ws.id, type: "submitted", data: {}, createdAt: day(4) },
    ],
  });
  const foreignLead = await makeLead(db, { workspaceId: other.id, formId: foreign.form.id, formVersionId: foreign.version.id, personId: otherAlice.id, submittedAt: day(5) });
  return { db, ws, rep, otherAdmin, demo, news, foreign, l1, l2, l3, l4, spam, foreignLead };
}

describe("leads.list", () => {
  it("lists the workspace's leads, newest first, without spam unless asked", async () => {
    const s = await seed();
    const caller = createCaller(contextFor(s.db, s.rep.user));
    const list = await caller.leads.list({});
    expect(list).toMatchObject({ total: 4, page: 1, pageSize: 25 });
    expect(list.items.map((l) => l.id)).toEqual([s.l4.id, s.l3.id, s.l2.id, s.l1.id]);
    expect(list.items[0]).toEqual({
      id: s.l4.id,
      submittedAt: day(4),
      person: { email: "alice@acme.com", name: "Alice Anders", company: "Acme Corp" },
      contactName: null,
      contactCompany: null,
      contactPhone: null,
      formId: s.demo.form.id,
      formName: "Demo request",
      tier: "sales_ready",
      tierLabel: "Sales-ready",
      scoreTotal: 90,
      source: "embed",
      isSpam: false,
      isRepeat: true,
      status: "NEW",
      stage: "OPEN",
      owner: null,
    });
    expect(list.items.find((l) => l.id === s.l1.id)?.isRepeat).toBe(false);
    const withSpam = await caller.leads.list({ includeSpam: true });
    expect(withSpam.total).toBe(5);
    expect(withSpam.items.find((l) => l.id === s.spam.id)?.isSpam).toBe(true);
  });

  it.each([
    ["tier", { tier: "sales_ready" }, ["l4", "l1"]],
    ["form", { formId: "news" }, ["l3"]],
    ["source", { source: "embed" }, ["l4", "l2"]],
    ["search on company, any case", { search: "aCmE" }, ["l4", "l1"]],
    ["search on email", { search: "BOB@glo" }, ["l2"]],
    ["search on name", { search: "chen" }, ["l3"]],
    ["search with no match", { search: "nobody" }, []],
    ["tier and source", { tier: "sales_ready", source: "hosted" }, ["l1"]],
  ] as const)("filters by %s", async (_name, filter, expected) => {
    const s = await seed();
    const ids: Record<string, string> = { l1: s.l1.id, l2: s.l2.id, l3: s.l3.id, l4: s.l4.id, news: s.news.form.id };
    const input = "formId" in filter ? { formId: ids[filter.formId]! } : filter;
    const list = await createCaller(contextFor(s.db, s.rep.user)).leads.list(input);
    expect(list.items.map((l) => l.id)).toEqual(expected.map((k) => ids[k]));
    expect(list.total).toBe(expected.length);
  });

  it("sorts by score either way, and by date ascending", async () => {
    const s = await seed();
    const caller = createCaller(contextFor(s.db, s.rep.user));
    const ids = async (sort: "score" | "submittedAt", direction: "asc" | "desc") => (await caller.leads.list({ sort, direction })).items.map((l) => l.id);
    expect(await ids("score", "desc")).toEqual([s.l4.id, s.l1.id, s.l2.id, s.l3.id]);
    expect(await ids("score", "asc")).toEqual([s.l3.id, s.l2.id, s.l1.id, s.l4.id]);
    expect(await ids("submittedAt", "asc")).toEqual([s.l1.id, s.l2.id, s.l3.id, s.l4.id]);
  });

  it("pages with a total; page size is at most 100", async () => {
    const s = await seed();
    const caller = createCaller(contextFor(s.db, s.rep.user));
    const page = async (n: number) => caller.leads.list({ page: n, pageSize: 3 });
    expect(await page(1)).toMatchObject({ total: 4, page: 1, pageSize: 3, items: [{ id: s.l4.id }, { id: s.l3.id }, { id: s.l2.id }] });
    expect((await page(2)).items.map((l) => l.id)).toEqual([s.l1.id]);
    expect((await page(3)).items).toEqual([]);
    await expect(caller.leads.list({ pageSize: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.leads.list({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("never shows another workspace's leads, whatever the filters", async () => {
    const s = await seed();
    const mine = createCaller(contextFor(s.db, s.rep.user));
    expect((await mine.leads.list({ formId: s.foreign.form.id })).total).toBe(0);
    expect((await mine.leads.list({ search: "alice", includeSpam: true })).items.map((l) => l.id)).toEqual([s.l4.id, s.l1.id]);
    const theirs = createCaller(contextFor(s.db, s.otherAdmin.user));
    expect((await theirs.leads.list({ includeSpam: true })).items.map((l) => l.id)).toEqual([s.foreignLead.id]);
  });

  it("offers the workspace's forms, tiers (with labels) and sources as filter options", async () => {
    const s = await seed();
    const options = await createCaller(contextFor(s.db, s.rep.user)).leads.filterOptions();
    expect(options.forms.map((f) => f.name)).toEqual(["Demo request", "Newsletter"]);
    expect(options.tiers).toEqual([
      { key: "sales_ready", label: "Sales-ready" },
      { key: "nurture", label: "Nurture" },
      { key: "disqualified", label: "Disqualified" },
    ]);
    expect(options.sources).toEqual(["api", "embed", "hosted"]);
  });
});

describe("leads.get", () => {
  it("labels answers, options, dimensions and tier from the lead's form version", async () => {
    const s = await seed();
    const lead = await createCaller(contextFor(s.db, s.rep.user)).leads.get({ leadId: s.l4.id });
    expect(lead).toMatchObject({
      id: s.l4.id,
      form: { id: s.demo.form.id, name: "Demo request" },
      formVersion: { id: s.demo.version.id, version: 1 },
      person: { email: "alice@acme.com", name: "Alice Anders", company: "Acme Corp" },
      scoreTotal: 90,
      tier: "sales_ready",
      tierLabel: "Sales-ready",
      knockedOutBy: null,
      estimatedValue: "12500.50",
      currency: "USD",
      source: "embed",
      utm: { utm_source: "google", utm_campaign: "spring" },
      referrer: "https://www.google.com/",
      repeatOf: { id: s.l1.id, submittedAt: day(0) },
    });
    expect(lead.answers.map((a) => [a.label, a.display])).toEqual([
      ["Work email", "alice@acme.com"],
      ["What is your budget?", "$50,000 or more"],
      ["Features you need", "Lead routing, Lead scoring"],
      ["Company size", "51–200"],
      ["Want a demo?", "Yes"],
      ["utm_campaign", "spring"],
    ]);
    expect(lead.dimensions.map((d) => [d.label, d.points, d.items.map((i) => i.explanation)])).toEqual([
      ["Company fit", 40, ["+25 fit: company size 51–200", "+15 fit: work email"]],
      ["Buying intent", 20, ["+20 intent: wants a demo"]],
      ["Deal value", 30, ["+30 value: budget $50,000 or more"]],
    ]);
    expect(lead.breakdown).toHaveLength(4);
    expect(lead.events.map((e) => e.type)).toEqual(["submitted", "scored"]);
  });

  it("shows the knock-out's label and no repeat link for a first lead", async () => {
    const s = await seed();
    const ko = await makeLead(s.db, {
      workspaceId: s.ws.id, formId: s.demo.form.id, formVersionId: s.demo.version.id, personId: s.l3.personId!,
      tier: "disqualified", knockedOutBy: "ko_student", breakdown: [{ kind: "knockout", dimension: null, points: 0, ref: "ko_student", explanation: "Knocked out: student address" }],
    });
    const lead = await getLead(s.db, s.ws.id, ko.id);
    expect(lead).toMatchObject({ tierLabel: "Disqualified", knockedOutBy: { id: "ko_student", label: "Student address" }, repeatOf: null, estimatedValue: null });
    expect(lead.knockouts.map((k) => k.explanation)).toEqual(["Knocked out: student address"]);
    expect(lead.dimensions.map((d) => d.points)).toEqual([0, 0, 0]);
  });

  it("another workspace's lead id is NOT_FOUND", async () => {
    const s = await seed();
    await expect(createCaller(contextFor(s.db, s.rep.user)).leads.get({ leadId: s.foreignLead.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCaller(contextFor(s.db, s.otherAdmin.user)).leads.get({ leadId: s.l4.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getLead(s.db, s.ws.id, "no-such-lead")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses unauthenticated callers", async () => {
    const caller = createCaller({ db: testDb.db, user: null, clientIp: "203.0.113.1" });
    await expect(caller.leads.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
