// assignments.returnLead as a REP calls it (tRPC, on a local router): another rep's lead answers
// exactly like an unknown id — same code, same message, whatever its status — so a rep cannot
// learn that it exists or whether it is closed. Their own lead: returned, or refused when closed.
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { assignmentsRouterWith } from "../../api/routers/assignments";
import { createCallerFactory, router } from "../../api/trpc";
import { contextFor } from "../../testing/factories";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { CLOSED_LEAD_RETURN_MESSAGE } from "./return-lead";

const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit();

const createCaller = createCallerFactory(router({ assignments: assignmentsRouterWith({ followUps: async () => env.kit.deps, now: () => NOW }) }));

async function callerOf(name: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: `${name}@demo.switchboard.dev` } });
  return createCaller(contextFor(env.testDb.db, user));
}

/** Sarah owns the bank VP's lead; Priya the second bank lead (Sarah is full after one). */
async function twoLeads() {
  await env.testDb.db.repProfile.update({ where: { id: await env.kit.repIdOf("Sarah") }, data: { maxOpenLeads: 1 } });
  const sarahs = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
  const priyas = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "cfo@otherbank.com", full_name: "Carl Otto" }, NOW);
  expect(priyas.ownerRepId).toBe(await env.kit.repIdOf("Priya"));
  return { sarahs, priyas };
}

type TAnswer = { ok: true } | { status: number; code: string; message: string };

/** What Sarah is answered: success, or the error's HTTP status, tRPC code and message. */
async function sarahReturns(leadId: string): Promise<TAnswer> {
  try {
    await (await callerOf("sarah")).assignments.returnLead({ leadId, reason: "Wrong region" });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { status: getHTTPStatusCodeFromError(error), code: error.code, message: error.message };
  }
}

const NOT_FOUND: TAnswer = { status: 404, code: "NOT_FOUND", message: "Lead not found." };

describe("returnLead tells a rep nothing about another rep's lead", () => {
  it.each<[string, "sarahs" | "priyas" | "unknown", boolean, TAnswer]>([
    ["own open", "sarahs", false, { ok: true }],
    ["own closed", "sarahs", true, { status: 409, code: "CONFLICT", message: CLOSED_LEAD_RETURN_MESSAGE }],
    ["other's open", "priyas", false, NOT_FOUND],
    ["other's closed", "priyas", true, NOT_FOUND],
    ["unknown id", "unknown", false, NOT_FOUND],
  ])("%s", async (_case, which, isClosed, expected) => {
    const leads = await twoLeads();
    const lead = which === "unknown" ? null : leads[which];
    if (lead && isClosed) await env.testDb.db.lead.update({ where: { id: lead.id }, data: { status: "CLOSED" } });
    const before = lead ? await env.testDb.db.leadEvent.count({ where: { leadId: lead.id } }) : 0;
    expect(await sarahReturns(lead?.id ?? "no-such-lead")).toEqual(expected);
    if (lead && !("ok" in expected)) expect(await env.testDb.db.leadEvent.count({ where: { leadId: lead.id } })).toBe(before);
  });
});
