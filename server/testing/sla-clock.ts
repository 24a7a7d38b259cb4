// The SLA reminder jobs as the worker runs them, at a time set on the test clock: the clock is
// moved to `at`, the "routing.sla-remind" jobs scheduled at or before `at` are made due, and the
// queue runs them (their handler reads the clock: now() = `at`). Jobs scheduled after `at` are
// held for the run and put back as they were: pg-boss compares start_after with the database's
// real clock, so once the real day passes a test's fixed instant, a job due at `at` + 1.5 min
// would otherwise run too. Reset the clock after the test (resetClock). Integration tests only.
import { moveClock } from "../time/clock";
import type { TestDb } from "./test-db";
import type { TRoutingKit } from "./routing-kit";

/** Far enough that no held job is due, and that none scheduled during the run is taken for one. */
const HOLD = "100 years";

export async function runSlaRemindersAt(testDb: TestDb, kit: Pick<TRoutingKit, "queue">, at: Date): Promise<number> {
  moveClock({ to: at });
  const atIso = at.toISOString();
  await testDb.db.$executeRawUnsafe(
    `UPDATE pgboss.job SET start_after = start_after + interval '${HOLD}'
      WHERE name = 'routing.sla-remind' AND state = 'created' AND start_after > $1::timestamptz`,
    atIso,
  );
  await testDb.db.$executeRaw`
    UPDATE pgboss.job SET start_after = now()
     WHERE name = 'routing.sla-remind' AND state = 'created' AND start_after <= ${atIso}::timestamptz`;
  try {
    return await kit.queue.runDue("routing.sla-remind");
  } finally {
    await testDb.db.$executeRawUnsafe(
      `UPDATE pgboss.job SET start_after = start_after - interval '${HOLD}'
        WHERE name = 'routing.sla-remind' AND state = 'created' AND start_after > now() + interval '50 years'`,
    );
  }
}

export function resetClock(): void {
  moveClock({ reset: true });
}
