// Booking a lead that already has a booking, on a real database (the demo workspace; Sarah in New
// York): the same request again (a retry after a lost answer, the prospect's "try again", a double
// click, two at once) answers the booking it made — 200, the 201's body, nothing saved or sent
// twice (one invite each side, one calendar write); another time answers 409 naming the booking the
// lead has, so the end screen shows it (with its reschedule/cancel link) instead of a calendar.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateBooking, handleListSlots } from "../../api/rest/handle-bookings";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { createBookingToken, verifyBookingToken } from "./booking-token";
import type { TSlotsResult } from "./list-slots";
import type { TBookingView } from "./get-booking";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { createWebhookEndpoint } from "../webhooks/webhook-endpoints";
import { listSlots } from "./list-slots";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date("2026-12-01T15:02:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const db = () => env.testDb.db;
const api = () => ({ deps: async () => env.kit.deps, limits: unlimitedRateLimits() });

type TBookingAnswer = { booking?: TBookingView & { manageUrl?: string }; slots?: TSlotsResult; error?: { code: string; message: string } };

/** A bank VP's lead routed to Sarah, its booking token and Sarah's first two slots. */
async function sarahsLead(email = BANK_VP.email) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
  const listed = await readJson<TSlotsResult>(await handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=${token}&tz=America/New_York`), NOW, api()));
  const [first, second] = listed.json.days[0]!.slots;
  return { lead, token, first: first!.start, second: second!.start };
}

const post = async (body: Record<string, unknown>, now = NOW) => readJson<TBookingAnswer>(await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body }), now, api()));

/** What booking wrote and sent: bookings, invite and calendar job rows, invites stored once the notify jobs ran. */
async function sideEffects(leadId: string, email = BANK_VP.email) {
  await env.kit.queue.runDue("booking.notify");
  const ids = (await db().booking.findMany({ where: { leadId }, select: { id: true } })).map((b) => b.id);
  const jobs = await db().$queryRaw<{ name: string; n: bigint }[]>`SELECT name, count(*) AS n FROM pgboss.job WHERE name IN ('booking.notify', 'calendar.write-event') AND data->>'bookingId' = ANY(${ids}::text[]) GROUP BY name ORDER BY name`;
  return {
    bookings: await db().booking.count({ where: { leadId } }),
    jobs: Object.fromEntries(jobs.map((j) => [j.name, Number(j.n)])),
    invites: await db().emailMessage.count({ where: { template: { startsWith: "booking-invite" }, to: { hasSome: [email, "sarah@demo.switchboard.dev"] } } }),
    bookedEvents: await db().leadEvent.count({ where: { leadId, type: "booked" } }),
  };
}
const ONCE = { bookings: 1, jobs: { "booking.notify": 1, "calendar.write-event": 1 }, invites: 2, bookedEvents: 1 };

describe(`booking a lead already booked (${lane})`, () => {
  it("the same request again answers the booking it made: 200, the same body, nothing saved or sent twice", async () => {
    const { lead, token, first } = await sarahsLead();
    const request = { token, start: first, timeZone: "America/New_York" };
    const created = await post(request);
    expect(created.status).toBe(201);
    expect(await sideEffects(lead.id)).toEqual(ONCE);

    const again = await post(request, LATER);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(created.json);
    expect(Object.keys(again.json.booking!).sort()).toEqual(["end", "id", "isFallback", "leadId", "location", "manageUrl", "repId", "repName", "start", "status", "timeZone", "title"]);
    expect(await sideEffects(lead.id)).toEqual(ONCE);
  });

  it("two at once (a double click): one booking, one 201 and one 200 with it", async () => {
    const { lead, token, first } = await sarahsLead();
    const request = { token, start: first, timeZone: "America/New_York" };
    const answers = await Promise.all([post(request), post(request)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(answers[0]!.json.booking!.id).toBe(answers[1]!.json.booking!.id);
    expect(await sideEffects(lead.id)).toEqual(ONCE);
  });

  it("another time answers 409 with the booking the lead has (and its manage link), which stays as it was", async () => {
    const { lead, token, first, second } = await sarahsLead();
    const created = await post({ token, start: first, timeZone: "America/New_York" });
    const other = await post({ token, start: second, timeZone: "America/New_York" }, LATER);
    expect(other.status).toBe(409);
    expect(other.json.error).toMatchObject({ code: "CONFLICT", message: "This lead already has a meeting booked: reschedule or cancel it instead" });
    expect(other.json.booking).toEqual(created.json.booking);
    expect(other.json.slots).toMatchObject({ status: "booked", booking: { id: created.json.booking!.id, start: first } });
    expect(await sideEffects(lead.id)).toEqual(ONCE);

    // The manage link is the one the confirmation email carries: a signed "manage" token for this booking.
    const manage = new URL(other.json.booking!.manageUrl!).pathname.split("/").pop()!;
    expect(verifyBookingToken(manage, TEST_SECRET, LATER)).toMatchObject({ ok: true, kind: "manage", id: created.json.booking!.id });
    // Reloading the end screen says the same.
    const listed = await readJson<TSlotsResult & { booking: { manageUrl?: string } }>(await handleListSlots(db(), apiRequest("GET", `/bookings/slots?token=${token}`), LATER, api()));
    expect(listed.json).toMatchObject({ status: "booked", booking: { id: created.json.booking!.id, manageUrl: other.json.booking!.manageUrl } });
  });

  it("an integrator's retry (API key) is answered the same, without the prospect's manage link", async () => {
    const { lead, first, second } = await sarahsLead();
    const post = async (start: string) => readJson<TBookingAnswer>(await handleCreateBooking(db(), apiRequest("POST", "/bookings", { key: env.kit.key, body: { leadId: lead.id, start, timeZone: "UTC" } }), NOW, api()));
    const created = await post(first);
    expect(created.status).toBe(201);
    expect(created.json.booking!.manageUrl).toBeUndefined();
    expect(await post(first)).toMatchObject({ status: 200, json: { booking: created.json.booking } });
    expect(await post(second)).toMatchObject({ status: 409, json: { booking: created.json.booking } });
    expect(await sideEffects(lead.id)).toEqual(ONCE);
  });

  it("★ a booking with the next best rep, sent again (naming them): 200; it accepted the lead for them once (lead.accepted)", async () => {
    await createWebhookEndpoint(db(), env.kit.workspaceId, { url: "https://hooks.example.com/in", events: ["lead.accepted"] });
    const sarah = await env.kit.repIdOf("Sarah");
    await db().repBusyBlock.create({ data: { workspaceId: env.kit.workspaceId, repId: sarah, startsAt: new Date(NOW.getTime() + 30 * 60_000), endsAt: new Date(NOW.getTime() + 30 * 86400_000), source: "caldav", externalId: "solid" } });
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    const { fallback } = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
    const request = { token, start: fallback!.days[0]!.slots[0]!.start, timeZone: "UTC", repId: fallback!.rep.id };
    const created = await post(request);
    expect(created.status).toBe(201);
    expect(await post(request, LATER)).toMatchObject({ status: 200, json: created.json });
    expect(await post({ ...request, repId: undefined }, LATER)).toMatchObject({ status: 409, json: { booking: created.json.booking } });

    const current = await db().leadAssignment.findFirstOrThrow({ where: { leadId: lead.id, isCurrent: true } });
    expect(current).toMatchObject({ repId: fallback!.rep.id, acceptedAt: NOW });
    const accepted = await db().webhookEvent.findMany({ where: { type: "lead.accepted" } });
    expect(accepted.map((e) => (e.payload as { data: unknown }).data)).toEqual([{ lead: { id: lead.id }, assignment: { id: current.id, repId: fallback!.rep.id, acceptedAt: NOW.toISOString(), timeToAcceptMs: 0 } }]);
    expect(await db().lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ status: "ACCEPTED", acceptedAt: NOW });
  });
});
