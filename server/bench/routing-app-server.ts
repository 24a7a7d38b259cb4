// One "app process" of the routing benchmark: a tiny node:http server around the real submission
// handler (handleSubmission → submitForm → routeLeadInTx, as the Next route handler calls it).
// It stands in for `next start`, which would need a production build (30–90 s) per bench run; what
// it leaves out is Next's own request overhead, the same for every submission.
//   node --import tsx server/bench/routing-app-server.ts <database url> <pool size>
// POST /route/<slug> stores and routes; POST /store/<slug> stores only. Prints "listening <port>".
import http from "node:http";
import { handleSubmission } from "../api/rest/handle-submission";
import { openRoutingProcess } from "../services/routing/concurrency/routing-process";
import { unlimitedRateLimits } from "../services/rate-limit/rate-limits";

const [url, poolSize] = process.argv.slice(2);
if (!url) {
  console.error("usage: routing-app-server.ts <database url> [pool size]");
  process.exit(2);
}
const app = await openRoutingProcess(url, Number(poolSize ?? 17));
const RATE_LIMIT = unlimitedRateLimits().formSubmission;

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    void (async () => {
      const match = /^\/(route|store)\/([a-z0-9-]+)$/.exec(req.url ?? "");
      if (req.method !== "POST" || !match) {
        res.writeHead(404).end();
        return;
      }
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
      const request = new Request(`http://bench.local${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) });
      const response = await handleSubmission(app.handle.db, request, match[2]!, new Date(), { rateLimit: RATE_LIMIT, ...(match[1] === "route" ? { routing: app.deps } : {}) });
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
