// npm run db:migrate — applies committed migrations to the configured database (embedded PGlite,
// or DATABASE_URL). Safe to run repeatedly and from several processes.
import { runCommandFromCli } from "./lib/run-command";

await runCommandFromCli("db:migrate");
