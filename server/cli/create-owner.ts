// npm run create-owner -- --email <email> --workspace <name> [--name <name>] [--password <pw>]
// — a new workspace with a new owner account (e.g. the first owner of a production install).
import { runCommandFromCli } from "./lib/run-command";

await runCommandFromCli("create-owner");
