// One "app process" of the routing benchmark: a tiny node:http server around the real submission
// handler (handleSubmission → submitForm → routeLeadInTx, as the Next route handler calls it).
// It stands in for `next start`, which would need a production build (30–90 s) per bench run; what
// it leaves out is Next's own request overhead, the same for every submission.
//   node --import tsx server/bench/routing-app-server.ts <database url> <pool size>
// POST /route/<slug> stores and routes; POST /store/<slug> stores only; POST /bare/<workspaceId>
// is the floor: one transaction that takes the workspace routing lock, inserts one row and one
// job row. GET /lock-samples answers (and forgets) how long each routing held the lock (ms);
// GET /lock-profiles where that time went (lock-profile.ts).
// Prints "listening <port>".
import http from "node:http";
import { handleSubmission } from "../api/rest/handle-submission";
import { openRoutingProcess } from "../testing/concurrency/routing-process";
import { unlimitedRateLimits } from "../services/rate-limit/rate-limits";
import { takeLockHolds, takeLockSamples } from "../services/routing/lock-timing";
import { lockWorkspaceRouting } from "../services/routing/route-lead";
import { installLockProfile, takeLockProfiles, withLockProfile } from "./lock-profile";

const [url, poolSize] = process.argv.slice(2);
if (!url) {
  console.error("usage: routing-app-server.ts <database url> [pool size]");
  process.exit(2);
}
const app = await openRoutingProcess(url, Number(poolSize ?? 17));
const RATE_LIMIT = unlimitedRateLimits().formSubmission;
installLockProfile();

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    void (async () => {
      if (req.method === "GET" && req.url === "/lock-samples") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(takeLockSamples()));
        return;
      }
      if (req.method === "GET" && req.url === "/lock-holds") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(takeLockHolds()));
        return;
      }
      if (req.method === "GET" && req.url === "/lock-profiles") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(takeLockProfiles()));
        return;
      }
      const bare = /^\/bare\/([a-z0-9-]+)$/.exec(req.url ?? "");
      if (req.method === "POST" && bare) {
        await app.handle.db.$transaction(async (tx) => {
          await lockWorkspaceRouting(tx, bare[1]!);
          await tx.$executeRaw`INSERT INTO bench_baseline (payload) VALUES (${Buffer.concat(chunks).toString().slice(0, 200)})`;
          await app.deps.queue.send("routing.route-lead", { leadId: "bench-floor", workspaceId: bare[1]! }, { tx });
        });
        res.writeHead(201).end();
        return;
      }
      const match = /^\/(route|store)\/([a-z0-9-]+)$/.exec(req.url ?? "");
      if (req.method !== "POST" || !match) {
        res.writeHead(404).end();
        return;
      }
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
      const request = new Request(`http://bench.local${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) });
      const response = await withLockProfile(() => handleSubmission(app.handle.db, request, match[2]!, new Date(), { rateLimit: RATE_LIMIT, ...(match[1] === "route" ? { routing: app.deps } : {}) }));
      res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
    })().catch((error: unknown) => {
      res.writeHead(500).end(String((error as Error)?.name));
    });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
});
const stop = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
