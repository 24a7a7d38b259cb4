// npm run apikey -- --workspace <slug> [--name <name>] — prints a new API key for that workspace.
import { runCommandFromCli } from "./lib/run-command";

await runCommandFromCli("apikey");
