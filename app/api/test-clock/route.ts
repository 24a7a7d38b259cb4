// The e2e harness's test clock (server/time/test-clock-route.ts): 404 unless TEST_CLOCK_TOKEN is set.
import { env } from "@/server/env";
import { handleTestClock } from "@/server/time/test-clock-route";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return handleTestClock(request, env().TEST_CLOCK_TOKEN);
}

export async function POST(request: Request) {
  return handleTestClock(request, env().TEST_CLOCK_TOKEN);
}
