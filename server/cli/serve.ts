// `npm run dev` / `npm start`: a small Node HTTP server around Next.js's request handler.
// It exists for one reason: route handlers cannot see the TCP socket, and `next start` keeps an
// `X-Forwarded-For` the client wrote itself, so rate limits keyed on it could be escaped by
// rotating the header. Here every request's forwarding headers are rewritten from the socket
// (server/http/trusted-headers.ts; TRUSTED_PROXY_HOPS proxies in front are believed) before
// Next.js sees them.
//
//   node --import tsx server/cli/serve.ts --dev [-p 3917]   # development (npm run dev -- -p 3917)
//   node --import tsx server/cli/serve.ts [-p 3000]         # production build (npm start)
//   options: -p/--port (or PORT, default 3000), -H/--hostname (listen address, default all),
//            --no-prepare (skip server/cli/prepare-app.ts: migrations, seeding; the e2e harness
//            prepares the database itself)
// --dev also builds the embed loader and rebuilds it on change (server/cli/lib/embed-build.ts).
//
// Before listening it runs server/cli/prepare-app.ts in a child process (configuration check,
// migrations, demo seed in development), exactly as the scripts did before `next dev|start`.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { trustForwardingFromSocket } from "../http/trusted-headers";
import { holdEmbeddedDatabase } from "./lib/hold-embedded-database";
import { loadConfigOrExit } from "./lib/load-env";

const root = path.resolve(import.meta.dirname, "../..");

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    "no-prepare": { type: "boolean", default: false },
  },
  allowPositionals: false,
});

/* eslint-disable no-restricted-properties -- the launcher sets the mode and port every child reads */
const dev = args.dev;
// Like `next dev` / `next start`: development forces its mode; a start defaults to production.
if (dev) (process.env as Record<string, string>).NODE_ENV = "development";
else (process.env as Record<string, string>).NODE_ENV ??= "production";
const port = Number(args.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`\nSwitchboard cannot start: the port must be a number from 1 to 65535 (got ${args.port ?? process.env.PORT})\n`);
  process.exit(1);
}
// server/env.ts derives the development APP_URL from PORT, so links in emails use this port.
process.env.PORT = String(port);
/* eslint-enable no-restricted-properties */

if (!args["no-prepare"]) {
  const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const prepared = spawnSync(process.execPath, [tsxCli, path.join(root, "server/cli/prepare-app.ts")], { cwd: root, stdio: "inherit" });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
}

// The .env files as Next.js loads them (the same @next/env, which keeps the first load), and the
// validated configuration.
const config = await loadConfigOrExit();
// The embedded database stays ours while Next.js starts: a CLI command started now waits for the
// app instead of opening the database under it (server/cli/lib/hold-embedded-database.ts).
holdEmbeddedDatabase(config);

// Development: the embed loader (public/embed.js) is rebuilt on every change to embed/ (esbuild
// watch); `npm run build` builds it for production.
if (dev) {
  const { watchEmbed } = await import("./lib/embed-build");
  await watchEmbed((line) => console.log(`> ${line}`));
}

const hostname = args.hostname;
const server = createServer();
const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

// Development on the embedded database: CLI commands run inside this process while it holds the
// data folder (server/commands/cli-channel-server.ts). Never in production or on DATABASE_URL.
const { openCliChannel } = await import("../commands/cli-channel-server");
const { getDbHandle } = await import("../db/client");
await openCliChannel({ config, getHandle: getDbHandle }).catch((error: unknown) => {
  console.warn(`[cli] CLI channel not available (${(error as Error).message}); stop the app to run CLI commands`);
});

server.on("request", (req, res) => {
  trustForwardingFromSocket(req, config.TRUSTED_PROXY_HOPS);
  void handle(req, res);
});

server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `\nSwitchboard cannot start: port ${port} is in use (try -p <port>)\n` : error);
  process.exit(1);
});

server.listen(port, hostname, () => {
  const local = `http://${hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost"}:${port}`;
  console.log(`> Switchboard ${dev ? "development" : "production"} server ready on ${local}`);
  if (config.TEST_CLOCK_TOKEN) console.warn("> TEST CLOCK ON (TEST_CLOCK_TOKEN is set): POST /api/test-clock can move this server's time. For the e2e harness only, never a deployment.");
  if (config.APP_URL !== local) console.log(`> Public URL (APP_URL, used in email links): ${config.APP_URL}`);
});
