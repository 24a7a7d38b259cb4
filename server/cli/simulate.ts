// npm run simulate: learned routing against round-robin and an oracle on a seeded world with a
// hidden truth (server/simulation). Seeds 1–3 of the "Precise choices" world, then the no-harm
// case (all reps equal) and the adapting case (the truth changes halfway); the last lines, one per
// seed, are the summary scripts read. SIM_SEEDS=1,2,3 picks seeds (the changing truth runs for each).
import { createWorld } from "../simulation/precise-world";
import { seedReport, simulateSeed, summaryLine } from "../simulation/simulation-report";

const seeds = (process.env.SIM_SEEDS ?? "1,2,3").split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n));
const started = performance.now();
const names = createWorld(1).reps.map((r) => r.name);
const results = seeds.map((seed) => simulateSeed(seed));
for (const r of results) console.log(`${seedReport(r, names).join("\n")}\n`);

const equal = simulateSeed(seeds[0] ?? 1, "all_equal");
console.log(`${seedReport(equal, names).join("\n")}`);
console.log(`  no harm: learned ${equal.learned.conversions} vs round-robin ${equal.rr.conversions} conversions (${(((equal.learned.conversions - equal.rr.conversions) / Math.max(1, equal.rr.conversions)) * 100).toFixed(1)}%)\n`);

// The truth changing halfway, for each seed: the second half's share of the oracle's gain (the
// oracle knows the new truth at once; outcomes take 1–14 days to tell the learner) and that of
// the last three weeks (how far it has recovered).
const changing = seeds.map((seed) => simulateSeed(seed, "changes_halfway"));
console.log(`${seedReport(changing[0]!, names).join("\n")}`);
for (const c of changing) console.log(`  adapts (seed ${c.seed}): second half captures ${c.capturedSecondHalf.toFixed(1)}% of the oracle's gain, its last three weeks ${c.capturedLastWeeks.toFixed(1)}% (the oracle knows the new truth at once)`);
console.log("");

console.log(`(${results.length * 2 + 1} worlds × 3 policies in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
for (const r of results) console.log(summaryLine(r));
