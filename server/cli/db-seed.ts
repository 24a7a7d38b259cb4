// npm run db:seed — seeds the demo workspace; other workspaces are left alone. An existing demo
// workspace is re-created only with --reset, and a production database gets the demo accounts
// only with --allow-production (server/commands/db-seed-command.ts says why).
import { runCommandFromCli } from "./lib/run-command";

await runCommandFromCli("db:seed");
