// POST /api/bench-floor: the floor of the HTTP benchmark (server/bench/http-stack-bench.ts) — a bare
// Next route handler doing one insert (into the bench's own table, bench_baseline), so that routed
// submissions per second can be set against what a route handler with one write costs on the same
// processes in the same run. It exists only when the server was started with BENCH_FLOOR_TOKEN
// (`npm run bench` sets a random one); otherwise it answers 404 like a route that does not exist,
// and so it does to a request without `Authorization: Bearer <BENCH_FLOOR_TOKEN>`.
import crypto from "node:crypto";
import type { Db } from "../db/client";

const MAX_PAYLOAD = 200;

function notFound(): Response {
  return new Response(JSON.stringify({ error: { code: "NOT_FOUND", message: "Not found", details: [] } }), { status: 404, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

function isAuthorized(request: Request, token: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export async function handleBenchFloor(request: Request, token: string | undefined, getDb: () => Promise<Db>): Promise<Response> {
  if (!token || !isAuthorized(request, token)) return notFound();
  const payload = (await request.text()).slice(0, MAX_PAYLOAD);
  const db = await getDb();
  await db.$executeRaw`INSERT INTO bench_baseline (payload) VALUES (${payload})`;
  return new Response(null, { status: 201, headers: { "cache-control": "no-store" } });
}
