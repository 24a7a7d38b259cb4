// The recurring nurture sweep: claims the due step rows whose dueAt has passed by the app's clock
// (server/time/clock.ts — pg-boss schedules by the database clock, which tests cannot move) and
// writes one "nurture.step" job row per claimed row, in the claim's transaction. A row is claimed
// once: FOR UPDATE SKIP LOCKED plus the PENDING → CLAIMED update, so two sweeps running at the
// same time (two processes) never claim the same row.
import type { Db } from "../../db/client";
import type { TNurtureQueue } from "./nurture-jobs";

const BATCH = 200;

export async function sweepDueNurtureSteps(db: Db, queue: TNurtureQueue, now: Date): Promise<number> {
  await queue.start();
  const at = now.toISOString();
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; workspaceId: string }[]>`
      UPDATE "NurtureStepDue" SET "status" = 'CLAIMED', "claimedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
       WHERE "id" IN (
         SELECT "id" FROM "NurtureStepDue"
          WHERE "status" = 'PENDING' AND "dueAt" <= ${at}::timestamptz AT TIME ZONE 'UTC'
          ORDER BY "dueAt" LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED)
         AND "status" = 'PENDING'
      RETURNING "id", "workspaceId"`;
    for (const row of claimed) await queue.send("nurture.step", { dueId: row.id, workspaceId: row.workspaceId }, { tx });
    return claimed.length;
  });
}
