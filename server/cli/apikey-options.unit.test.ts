// npm run apikey's own checks: --help, and --scopes naming an unknown scope (it said "scopes.0:
// Invalid option: expected one of …" after opening the database; --help was "Unknown option").
import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES } from "../domain/api-keys/scopes";
import { apikeyHelp, asksForHelp, scopesProblem } from "./apikey-options";

const USE = `use one or more of ${API_KEY_SCOPES.join(", ")}, comma-separated`;

describe("npm run apikey --scopes", () => {
  it.each([
    [["--workspace", "demo"], null],
    [["--workspace", "demo", "--scopes", "leads:read,leads:write"], null],
    [["--workspace", "demo", "--scopes=leads:read, routing:read"], null],
    [["--workspace", "demo", "--scopes", "leads:read,leads:delete"], `Unknown scope in --scopes: "leads:delete": ${USE}`],
    [["--scopes", "leads:delete,admin,leads:read"], `Unknown scopes in --scopes: "leads:delete", "admin": ${USE}`],
    [["--scopes", ""], `--scopes is empty: ${USE} (or leave it out for every scope)`],
    [["--scopes", " , "], `--scopes is empty: ${USE} (or leave it out for every scope)`],
  ] as const)("%j → %s", (argv, expected) => {
    expect(scopesProblem(argv)).toBe(expected);
  });
});

describe("npm run apikey --help", () => {
  it.each([
    [["--help"], true],
    [["--workspace", "demo", "-h"], true],
    [["--workspace", "demo"], false],
  ] as const)("%j asks for help: %s", (argv, expected) => {
    expect(asksForHelp(argv)).toBe(expected);
  });

  it("documents --scopes, its default and every scope", () => {
    const help = apikeyHelp();
    expect(help).toContain("--scopes <a,b>          what the key may do, comma-separated (default: every scope)");
    for (const scope of API_KEY_SCOPES) expect(help).toMatch(new RegExp(`^  ${scope} +\\S`, "m"));
  });
});
