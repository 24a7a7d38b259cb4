// The HTTP benchmark's floor (server/bench/bench-floor-route.ts): 404 unless BENCH_FLOOR_TOKEN is set.
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { handleBenchFloor } from "@/server/bench/bench-floor-route";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return handleBenchFloor(request, env().BENCH_FLOOR_TOKEN, getDb);
}
