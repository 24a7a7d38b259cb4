// The SLA reminder jobs as the worker runs them, at a time set on the test clock: the clock is
// moved to `at`, the "routing.sla-remind" jobs scheduled at or before `at` are made due, and the
// queue runs them (their handler reads the clock: now() = `at`). Reset the clock after the test
// (resetClock). Integration tests only.
import { moveClock } from "../time/clock";
import type { TestDb } from "./test-db";
import type { TRoutingKit } from "./routing-kit";

export async function runSlaRemindersAt(testDb: TestDb, kit: Pick<TRoutingKit, "queue">, at: Date): Promise<number> {
  moveClock({ to: at });
  await testDb.db.$executeRaw`
    UPDATE pgboss.job SET start_after = now()
     WHERE name = 'routing.sla-remind' AND state = 'created' AND start_after <= ${at.toISOString()}::timestamptz`;
  return kit.queue.runDue("routing.sla-remind");
}

export function resetClock(): void {
  moveClock({ reset: true });
}
