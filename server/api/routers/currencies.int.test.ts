// currencies.* through its tRPC router against a real database: admins only, scoped to the
// caller's workspace, errors naming the field; a JPY lead without a rate is flagged, and changing
// the routing currency removes the rates quoted in the old one.
// A change writes the job that recomputes existing leads' routing values (run here as a worker would).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue, type TJobQueue } from "../../jobs/job-queue";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { createJobRegistry, type TJobRegistry } from "../../workers/registry";
import { createCallerFactory, router } from "../trpc";
import { currenciesRouterWith } from "./currencies";

const testDb = useTestDb();
let queue: TJobQueue<TJobRegistry>;
beforeAll(async () => {
  queue = createJobQueue(testDb, { definitions: createJobRegistry() });
  await queue.start();
});
afterAll(async () => queue.stop());
const createCaller = createCallerFactory(router({ currencies: currenciesRouterWith({ queue: async () => queue }) }));

async function callerAs(role: "ADMIN" | "OWNER" | "MANAGER" | "REP", name = "Money") {
  const ws = await makeWorkspace(testDb.db, name);
  const member = await makeMember(testDb.db, ws.id, role);
  return { ws, caller: createCaller(contextFor(testDb.db, member.user)) };
}

describe("currencies router", () => {
  it.each(["MANAGER", "REP"] as const)("a %s may neither read nor set rates", async (role) => {
    const { caller } = await callerAs(role);
    await expect(caller.currencies.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.currencies.setRate({ currency: "EUR", rate: 1.08 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an admin sets, edits and removes a rate (upper-cased), in their own workspace only", async () => {
    const { ws, caller } = await callerAs("ADMIN");
    const other = await makeWorkspace(testDb.db, "Other");
    await caller.currencies.setRate({ currency: "eur", rate: 1.08 });
    await caller.currencies.setRate({ currency: "EUR", rate: 1.1 });
    expect((await caller.currencies.get()).rates.map((r) => [r.currency, r.rate])).toEqual([["EUR", 1.1]]);
    expect(await testDb.db.exchangeRate.count({ where: { workspaceId: other.id } })).toBe(0);
    await caller.currencies.removeRate({ currency: "EUR" });
    expect(await testDb.db.exchangeRate.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it.each<[string, { currency: string; rate: number }, string]>([
    ["not a code", { currency: "EURO", rate: 1 }, "currency: Enter a three-letter ISO 4217 currency code"],
    ["the routing currency", { currency: "usd", rate: 1 }, "currency: USD is the routing currency"],
    ["zero", { currency: "EUR", rate: 0 }, "rate: Enter a rate greater than 0"],
    ["negative", { currency: "EUR", rate: -2 }, "rate: Enter a rate greater than 0"],
  ])("refused, naming the field: %s", async (_name, input, message) => {
    const { caller } = await callerAs("OWNER");
    await expect(caller.currencies.setRate(input)).rejects.toThrow(message);
  });

  it("lists the currencies leads use and flags those without a rate; a new routing currency removes the rates", async () => {
    const { ws, caller } = await callerAs("ADMIN");
    for (const [currency, value] of [["USD", 1000], ["JPY", 1_500_000], ["EUR", 12_000]] as const) {
      await testDb.db.lead.create({ data: { workspaceId: ws.id, answers: {}, scores: {}, breakdown: [], tier: "hot", outcome: {}, utm: {}, estimatedValue: value, currency } });
    }
    await caller.currencies.setRate({ currency: "EUR", rate: 1.08 });
    const { inUse } = await caller.currencies.get();
    expect(inUse.map((c) => [c.currency, c.isRouted, c.warning])).toEqual([
      ["USD", true, null],
      ["EUR", true, null],
      ["JPY", false, "JPY leads are routed without value — add a rate (1 JPY = ? USD)"],
    ]);
    await expect(caller.currencies.setRoutingCurrency({ currency: "E" })).rejects.toThrow("routingCurrency: Enter a three-letter");
    expect(await caller.currencies.setRoutingCurrency({ currency: "eur" })).toEqual({ routingCurrency: "EUR", removedRates: 1 });
    expect((await caller.currencies.get()).rates).toEqual([]);
    // After commit, the job: each lead's routing value is now an amount of euros (none without a rate).
    await queue.runDue("currencies.recompute-routing-values");
    const leads = await testDb.db.lead.findMany({ where: { workspaceId: ws.id }, select: { currency: true, routingValue: true } });
    expect(Object.fromEntries(leads.map((l) => [l.currency, l.routingValue === null ? null : Number(l.routingValue)]))).toEqual({ USD: null, JPY: null, EUR: 12_000 });
  });
});
