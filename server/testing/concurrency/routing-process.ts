// What an app process needs to route leads on a PostgreSQL server: its own connection pool, a
// started job queue over its own connections (alerts are enqueued in the routing transaction; no
// workers run here) and the follow-up deps. Used by the concurrency worker and the bench servers.
import { connectPostgres, type DbHandle } from "../../db/client";
import { createJobQueue, type TJobQueue } from "../../jobs/job-queue";
import { createJobRegistry, type TJobRegistry } from "../../workers/registry";
import type { TMailConfig } from "../../mail/mail-config";
import type { TFollowUpDeps } from "../../services/routing/after-assignment";

export const PROCESS_MAIL: TMailConfig = { from: "Switchboard <notifications@switchboard.local>", transport: "dev" };

export interface TRoutingProcess {
  handle: DbHandle;
  queue: TJobQueue<TJobRegistry>;
  deps: TFollowUpDeps;
  close: () => Promise<void>;
}

export async function openRoutingProcess(url: string, poolSize: number): Promise<TRoutingProcess> {
  const handle = await connectPostgres(url, poolSize);
  const holder: { deps?: TFollowUpDeps } = {};
  const queue = createJobQueue(handle, { definitions: createJobRegistry({ mail: PROCESS_MAIL, followUps: async () => holder.deps! }), maxConnections: 2 });
  await queue.start();
  const deps: TFollowUpDeps = { queue, appUrl: "http://localhost:3000", authSecret: "c".repeat(40), mail: PROCESS_MAIL };
  holder.deps = deps;
  return {
    handle,
    queue,
    deps,
    close: async () => {
      await queue.stop();
      await handle.close();
    },
  };
}
