// What the browser's code may take from server/: the pure domain (server/domain/**, no I/O, made to
// run in both places) and server actions ("use server" modules, which the bundler turns into calls
// to the server). Nothing else — not server/http, env, db, services, auth helpers — even when the
// part used happens to be pure: what is shared goes to server/domain. Walks every "use client"
// module in app/ and components/ and what it imports statically at run time (type-only imports are
// erased), stopping at a server action.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT as root, resolveLocal, sourceFiles } from "./source-tree";

const ROOTS = ["app", "components"];
const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?(?:([^"'`;]*?)\s+from\s+)?["']([^"']+)["']/gm;

/** The local files a module imports at run time (type-only imports are erased). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const found: string[] = [];
  for (const [, , isTypeOnly, clause, specifier] of text.matchAll(STATIC_IMPORT)) {
    const names = clause?.match(/^\{([^}]*)\}$/)?.[1]?.split(",").map((n) => n.trim()).filter(Boolean);
    if (isTypeOnly || (names && names.length > 0 && names.every((n) => n.startsWith("type ")))) continue;
    const local = resolveLocal(file, specifier!);
    if (local) found.push(local);
  }
  return found;
}

const directive = (file: string, name: string) => new RegExp(`^\\s*["']${name}["']`, "m").test(fs.readFileSync(path.join(root, file), "utf8").slice(0, 500));

/** A server file the browser's code may import: the pure domain, or a server action. */
const isAllowedServerFile = (file: string) => !file.startsWith("server/") || file.startsWith("server/domain/") || directive(file, "use server");

/** Every "importer → server file" edge in the client code reachable from `entries`, for a server file it may not import. */
function violations(entries: string[], imports: (file: string) => string[] = runtimeImports, allowed = isAllowedServerFile): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of imports(file)) {
      if (!allowed(target)) found.push(`${file} → ${target}`);
      else if (!target.startsWith("server/") || target.startsWith("server/domain/")) visit(target);
    }
  };
  entries.forEach(visit);
  return found;
}

describe("client code takes from server/ only the domain and server actions", () => {
  it("the checker flags a server file reached through a plain helper, and stops at a server action", () => {
    const graph: Record<string, string[]> = {
      "components/a.tsx": ["components/helper.ts", "server/domain/x.ts", "server/auth/actions.ts"],
      "components/helper.ts": ["server/http/cookie.ts"],
      "server/auth/actions.ts": ["server/db/client.ts"],
    };
    const allowed = (file: string) => !file.startsWith("server/") || file.startsWith("server/domain/") || file === "server/auth/actions.ts";
    expect(violations(["components/a.tsx"], (file) => graph[file] ?? [], allowed)).toEqual(["components/helper.ts → server/http/cookie.ts"]);
  });

  it("no client module reaches server/http, env, db, services or any other server-only file", () => {
    const clientModules = ROOTS.flatMap(sourceFiles).filter((file) => directive(file, "use client"));
    expect(clientModules.length).toBeGreaterThan(50);
    expect(clientModules).toContain("components/leads/viewer-zone-provider.tsx");
    expect(violations(clientModules)).toEqual([]);
  });
});
