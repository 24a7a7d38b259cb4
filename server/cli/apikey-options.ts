// What `npm run apikey` checks before it opens a database: `--help` (what the options are, the
// scopes a key can have and what each allows) and `--scopes a,b` (each a known scope; an unknown one
// is named, with the list to choose from — the schema said only "scopes.0: Invalid option"). Pure.
import { API_KEY_SCOPES, MAX_EXPIRY_DAYS, SCOPE_DESCRIPTIONS } from "../domain/api-keys/scopes";

/** `--help` or `-h` anywhere among the arguments. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--help" || a === "-h");
}

export function apikeyHelp(): string {
  const width = Math.max(...API_KEY_SCOPES.map((s) => s.length));
  return [
    "npm run apikey -- --workspace <slug> [--name <name>] [--scopes <scope,scope,…>] [--expires-in-days <n>]",
    "",
    "Prints a new API key for the workspace, once: store it.",
    "",
    "  --workspace <slug>      the workspace (required), e.g. demo",
    '  --name <name>           what the key is for, shown on /settings/api-keys (default "Command line")',
    "  --scopes <a,b>          what the key may do, comma-separated (default: every scope)",
    `  --expires-in-days <n>   refuse the key after n days, 1–${MAX_EXPIRY_DAYS} (default: no expiry)`,
    "  --help, -h              this text",
    "",
    "Scopes:",
    ...API_KEY_SCOPES.map((s) => `  ${s.padEnd(width)}  ${SCOPE_DESCRIPTIONS[s]}`),
    "",
    "Example: npm run apikey -- --workspace demo --name 'CRM sync' --scopes leads:read,leads:write",
  ].join("\n");
}

/** The value of `--scopes` (`--scopes a,b` or `--scopes=a,b`); undefined when not given. */
function scopesValue(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--scopes") return argv[i + 1] ?? "";
    if (argv[i]!.startsWith("--scopes=")) return argv[i]!.slice("--scopes=".length);
  }
  return undefined;
}

/** null when `--scopes` is absent or names only known scopes; otherwise what is wrong, in one line. */
export function scopesProblem(argv: readonly string[]): string | null {
  const value = scopesValue(argv);
  if (value === undefined) return null;
  const names = value.split(",").map((s) => s.trim()).filter(Boolean);
  const known: readonly string[] = API_KEY_SCOPES;
  const use = `use one or more of ${API_KEY_SCOPES.join(", ")}, comma-separated`;
  if (names.length === 0) return `--scopes is empty: ${use} (or leave it out for every scope)`;
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length === 0) return null;
  return `Unknown scope${unknown.length > 1 ? "s" : ""} in --scopes: ${unknown.map((n) => `"${n}"`).join(", ")}: ${use}`;
}
