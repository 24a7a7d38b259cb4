// Child process of the routing concurrency test: one "app process" that submits its share of the
// leads to one pool with 16-way concurrency, on its own connection pool and job queue.
//   node --import tsx route-leads-worker.ts <database url> <form slug> <offset> <count> <concurrency> <now ISO>
// Prints one JSON line: the submission summary (latencies, failures).
import { openRoutingProcess } from "./routing-process";
import { submitPoolLeads } from "./submit-pool-leads";

const [url, slug, offset, count, concurrency, nowIso] = process.argv.slice(2);
if (!url || !slug || !offset || !count || !concurrency || !nowIso) {
  console.error("usage: route-leads-worker.ts <database url> <form slug> <offset> <count> <concurrency> <now ISO>");
  process.exit(2);
}

const app = await openRoutingProcess(url, Number(concurrency) + 1);
try {
  const result = await submitPoolLeads(app.handle.db, {
    slug,
    offset: Number(offset),
    count: Number(count),
    concurrency: Number(concurrency),
    now: new Date(nowIso),
    routing: app.deps,
  });
  console.log(JSON.stringify(result));
} finally {
  await app.close();
}
process.exit(0);
