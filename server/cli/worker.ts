// npm run worker — runs the durable job workers in their own process, against the PostgreSQL
// server in DATABASE_URL. Any number of worker processes may run; each job runs once. On the
// embedded database (no DATABASE_URL) the workers run inside the app server instead.
import { loadEnvFiles } from "./lib/load-env";
import { runScript } from "./lib/run-script";

loadEnvFiles();
await runScript(async () => {
  const { ConfigError, env } = await import("../env");
  if (!env().DATABASE_URL) {
    throw new ConfigError(
      "npm run worker needs a PostgreSQL server: set DATABASE_URL.\n" +
        "The embedded database (PGlite) allows one process only; its jobs run inside the app server (npm run dev / npm start, with JOBS_IN_PROCESS=true).",
    );
  }
  const { getDbHandle } = await import("../db/client");
  const { startWorkers, stopJobQueue } = await import("../workers/app-queue");
  const { closeSmtpPools } = await import("../mail/smtp-transport");
  await startWorkers();
  console.log("[worker] running; press Ctrl+C to stop");
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  console.log("[worker] stopping: waiting for running jobs (up to 10 s)");
  await stopJobQueue();
  closeSmtpPools();
  await (await getDbHandle()).close();
});
