// A rep's working hours in a routing document: a bad interval is a 422 whose details name the
// property's path (`reps.2.workingHours.0.day`) in a document's words and the accepted values,
// one message per mistake; nothing changes. The dashboard's rep editor keeps its own wording for
// the same schema ("Pick a day"). PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { AppError } from "../../errors";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { updateRep } from "../../services/reps/update-rep";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetRouting, handlePutRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TDoc = TRoutingDocumentView & { changed?: boolean; warnings?: unknown };
const getDoc = async () => (await readJson<TDoc>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW))).json;
const put = async (body: unknown) => readJson<TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));

const DAYS = "one of 0 (Sunday), 1 (Monday), 2 (Tuesday), 3 (Wednesday), 4 (Thursday), 5 (Friday), 6 (Saturday)";

describe(`PUT /api/v1/routing: working hours (${lane})`, () => {
  it("422 naming each bad interval's path in a document's words, one message per mistake; nothing changes", async () => {
    const before = await getDoc();
    const versions = await env.testDb.db.routingConfigVersion.count();
    const [r0, r1, r2] = before.reps;
    const body = {
      reps: [
        { id: r0!.id },
        { id: r1!.id },
        {
          id: r2!.id,
          workingHours: [
            { day: "mon", start: "09:00", end: "17:00" },
            { day: 2, start: "09:00", end: "25:00" },
            { day: 3, start: "17:00", end: "09:00" },
            { day: 4, start: "09:00", end: "13:00" },
            { day: 4, start: "12:00", end: "17:00" },
          ],
        },
      ],
      config: before.config,
    };
    const { status, json } = await put(body);
    expect(status).toBe(422);
    expect(json.error.code).toBe("VALIDATION");
    expect(json.error.details).toEqual([
      { path: "reps.2.workingHours.0.day", message: `day must be ${DAYS}, not "mon"` },
      { path: "reps.2.workingHours.1.end", message: 'end must be a time "HH:MM" from "00:00" to "24:00", e.g. "09:00", not "25:00"' },
      { path: "reps.2.workingHours.2.end", message: 'end must be after start ("17:00"); for hours past midnight, add an interval on the next day from "00:00"' },
      { path: "reps.2.workingHours.4.start", message: "This interval overlaps workingHours.3 (Thursday 09:00–13:00); intervals on the same day may touch but not overlap" },
    ]);
    expect(await getDoc()).toEqual(before);
    expect(await env.testDb.db.routingConfigVersion.count()).toBe(versions);
  });

  it("the rep editor's service keeps the form's wording for the same mistakes", async () => {
    const rep = (await getDoc()).reps[2]!;
    const { id: _id, email: _e, name: _n, isActive: _a, ...profile } = rep;
    const input = { ...profile, workingHours: [{ day: 9, start: "09:00", end: "25:00" }] };
    const error = await updateRep(env.testDb.db, env.kit.workspaceId, rep.id, input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([
      { path: "workingHours.0.day", message: "Pick a day" },
      { path: "workingHours.0.end", message: "Use HH:MM between 00:00 and 24:00" },
    ]);
  });
});
