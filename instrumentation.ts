// Next.js calls register() once per server process at start: background job workers run here
// (unless JOBS_IN_PROCESS=false), and the database is closed cleanly on shutdown.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerLifecycle } = await import("./server/lifecycle");
  await startServerLifecycle();
}
