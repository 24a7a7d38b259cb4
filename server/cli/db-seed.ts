// npm run db:seed — (re)creates the demo workspace; other workspaces are left alone.
import { runCommandFromCli } from "./lib/run-command";

await runCommandFromCli("db:seed");
