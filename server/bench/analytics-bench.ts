// Analytics on PostgreSQL at scale: the demo workspace with ~100,000 generated history leads
// (BENCH_ANALYTICS_LEADS; prisma/seed/history, the same generator as the demo), then each
// analytics view's queries run 10 times after a warm-up; p95 per view (goal < 1 s each), plus a few
// filtered views. BENCH_ANALYTICS_ONLY=1 npm run bench runs this lane alone.
import { percentile } from "./stats";

const NOW = new Date("2026-11-30T12:00:00Z");

export async function runAnalyticsBench(url: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const { connectPostgres } = await import("../db/client");
  const { seedDemo } = await import("../../prisma/seed/seed-demo");
  const { seedHistory } = await import("../../prisma/seed/history/seed-history");
  const { loadAnalyticsView, ANALYTICS_VIEWS } = await import("../services/analytics/analytics-view");
  const target = Number(env.BENCH_ANALYTICS_LEADS ?? 100_000);
  const server = await connectPostgres(url, 5);
  try {
    const db = server.db;
    await seedDemo(db, NOW);
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    const started = performance.now();
    // 89 days, weekends at 0.3 and weekdays at 1.15 of the daily rate: ~80.7 days' worth.
    const written = await seedHistory(db, workspace.id, NOW, { days: 90, leadsPerDay: Math.max(1, Math.round(target / 80.7)), seed: 7, tag: "b" });
    const seedMs = performance.now() - started;
    // The steady state of a table that grew over 90 days: autovacuum has visited it (statistics,
    // visibility map for index-only scans). A bulk load is measured before autovacuum gets there.
    const vacuumStarted = performance.now();
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const vacuumMs = performance.now() - vacuumStarted;
    const lines = [`Analytics on PostgreSQL: ${written.leads.toLocaleString("en-US")} history leads, ${written.visits.toLocaleString("en-US")} form visits (generated and written in ${(seedMs / 1000).toFixed(1)} s, then VACUUM ANALYZE ${(vacuumMs / 1000).toFixed(1)} s); each view 10× after a warm-up, 90 days (goal p95 < 1 s)`];
    const firstTeam = (await db.team.findFirstOrThrow({ where: { workspaceId: workspace.id }, orderBy: { name: "asc" } })).id;
    const cases: [string, Record<string, string>][] = [
      ...ANALYTICS_VIEWS.map((view) => [view, { view }] as [string, Record<string, string>]),
      ["funnel by rep", { view: "funnel", dimension: "rep" }],
      ["funnel by score band", { view: "funnel", dimension: "scoreBand" }],
      ["funnel by UTM source", { view: "funnel", dimension: "utmSource" }],
      ["score, UTM google", { view: "score", utmSource: "google" }],
      ["speed, one team", { view: "speed", teamId: firstTeam }],
    ];
    for (const [name, params] of cases) {
      const all = { from: "2026-09-01", to: "2026-11-30", ...params };
      await loadAnalyticsView(db, workspace.id, "MANAGER", all, NOW);
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await loadAnalyticsView(db, workspace.id, "MANAGER", all, NOW);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      lines.push(`  ${name.padEnd(22)} p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms`);
    }
    return lines;
  } finally {
    await server.close();
  }
}
