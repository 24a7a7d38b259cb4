// npm run apikey -- --workspace <slug> [--name <name>] [--scopes a,b] [--expires-in-days <n>] — prints
// a new API key for that workspace (every scope unless --scopes narrows it; no expiry unless given).
// `--help` says so; an unknown scope is named before anything is opened (apikey-options.ts).
import { apikeyHelp, asksForHelp, scopesProblem } from "./apikey-options";
import { runCommandFromCli } from "./lib/run-command";

const argv = process.argv.slice(2);
const problem = scopesProblem(argv);
if (asksForHelp(argv)) {
  console.log(apikeyHelp());
} else if (problem) {
  console.error(`${problem}\nRun \`npm run apikey -- --help\` for the options.`);
  process.exitCode = 1;
} else {
  await runCommandFromCli("apikey");
}
