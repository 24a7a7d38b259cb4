// The Next server process's lifecycle: start in-process job workers; on SIGINT/SIGTERM stop
// them, close the pooled SMTP connections and the database (the embedded one must be closed to
// flush and release its lock).
import { getDbHandle } from "./db/client";
import { env } from "./env";
import { closeSmtpPools } from "./mail/smtp-transport";
import { onShutdownSignals } from "./shutdown-signals";
import { startInProcessWorkers, stopJobQueue } from "./workers/app-queue";

const globalForLifecycle = globalThis as unknown as { __switchboardLifecycle?: boolean };

async function shutdown(signal: string): Promise<void> {
  console.log(`[switchboard] ${signal}: stopping workers and closing the database`);
  const timer = setTimeout(() => process.exit(1), 10_000);
  try {
    await stopJobQueue();
    closeSmtpPools();
    await (await getDbHandle()).close();
  } catch (error) {
    console.error("[switchboard] shutdown error", error);
  } finally {
    clearTimeout(timer);
    process.exit(0);
  }
}

export async function startServerLifecycle(): Promise<void> {
  if (globalForLifecycle.__switchboardLifecycle) return;
  globalForLifecycle.__switchboardLifecycle = true;
  env(); // fail fast with a clear message on bad configuration
  onShutdownSignals(process, (signal) => void shutdown(signal));
  try {
    await startInProcessWorkers();
  } catch (error) {
    console.error("[jobs] workers failed to start; jobs wait in the database until a worker runs", error);
  }
}
