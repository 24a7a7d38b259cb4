// The hosted form page (/f/<slug>, also the embed's frame) ships only the renderer and the logic
// evaluator (issue 10 item 8): no schema library, no free-mail list, no scoring, no database or
// services, no dashboard or tRPC client. Walks the page's client code — every "use client" module
// the page imports and everything those import statically (type-only imports are erased; dynamic
// import() and React.lazy are lazy chunks, allowed; next/dynamic is not, its loader ships with the
// page) — and lists what must not be there. The form itself (react-hook-form, the renderer, the
// logic evaluator) is a lazy chunk too, loaded on the prospect's first interaction
// (hosted-form.tsx); its own graph is held to the same list. `npm run size` measures.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveLocal } from "./source-tree";

const root = path.resolve(import.meta.dirname, "../..");
const PAGE = "app/(public)/f/[slug]/page.tsx";
/** The form, loaded by the page's shell (components/form-renderer/hosted-form.tsx) on first interaction. */
const LIVE_FORM = "components/form-renderer/hosted-form-live.tsx";
const UP_FRONT_ONLY: [RegExp, string][] = [
  [/^react-hook-form$/, "react-hook-form (a lazy chunk: hosted-form.tsx loads the form on first interaction)"],
  [/^components\/form-renderer\/(form-renderer|hosted-form-live)\.tsx$|^server\/domain\/forms\/form-logic\.ts$/, "the renderer and the evaluator (a lazy chunk: hosted-form.tsx loads the form on first interaction)"],
];
const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?(?:([^"'`;]*?)\s+from\s+)?["']([^"']+)["']/gm;
const FORBIDDEN: [RegExp, string][] = [
  [/^zod($|\/)/, "zod (validate with the domain's zod-free checks; the server parses)"],
  [/^free-email-domains/, "the free-mail list (lazy: use-form-logic.ts)"],
  [/^re2js/, "re2js (server-side pattern checks)"],
  [/^@trpc\/|^@tanstack\/react-query|^superjson/, "the tRPC client"],
  [/^next-auth|^@prisma\/|^pg$|^@electric-sql\//, "auth or database packages"],
  [/^server\/(db|services|api|auth|jobs|mail|workers)\//, "server-only code"],
  [/^server\/domain\/(scoring|routing|leads)\//, "scoring / routing / lead decisions"],
  [/^server\/domain\/conditions\/email-domain\.ts$/, "the free-mail list (lazy: use-form-logic.ts)"],
  [/^components\/(dashboard|providers|form-builder|routing|leads)\//, "dashboard code"],
  [/^react-day-picker|^components\/booking\//, "the booking calendar (a lazy chunk: React.lazy or import() after submission)"],
  [/^server\/domain\/forms\/validate-(step|field-value)\.ts$|^components\/form-renderer\/step-checks\.ts$/, "the step checks (a lazy chunk: form-renderer.tsx loads step-checks.ts)"],
  [/^components\/form-renderer\/(end-screen\.tsx|submission-result\.ts|after-submit\.ts)$/, "the after-submit code (a lazy chunk: hosted-form-live.tsx loads after-submit.ts)"],
  [/^components\/form-renderer\/step-beacon\.ts$/, "the step beacons (a lazy chunk fetched after mount: hosted-form.tsx)"],
  [/^next\/dynamic$/, "next/dynamic (its loader runtime ships with the page; React.lazy is in React already)"],
  [/^@hookform\/resolvers/, "@hookform/resolvers (the renderer's resolver needs none of it)"],
];

/** Runtime static imports of a file: [specifier, resolved local file or null for packages]. */
function runtimeImports(file: string): [string, string | null][] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const found: [string, string | null][] = [];
  for (const [, , isTypeOnly, clause, specifier] of text.matchAll(STATIC_IMPORT)) {
    const names = clause?.match(/^\{([^}]*)\}$/)?.[1]?.split(",").map((n) => n.trim()).filter(Boolean);
    if (isTypeOnly || (names && names.length > 0 && names.every((n) => n.startsWith("type ")))) continue;
    found.push([specifier!, resolveLocal(file, specifier!)]);
  }
  return found;
}

const isClientModule = (file: string) => /^\s*["']use client["']/m.test(fs.readFileSync(path.join(root, file), "utf8").slice(0, 500));

/** Every module (local files and packages) the page's client code (or a client module itself) loads up front. */
function clientGraph(page: string): Set<string> {
  const seen = new Set<string>();
  const entries = isClientModule(page) ? [page] : runtimeImports(page).flatMap(([, file]) => (file && isClientModule(file) ? [file] : []));
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [specifier, local] of runtimeImports(file)) {
      if (local) visit(local);
      else seen.add(specifier);
    }
  };
  entries.forEach(visit);
  return seen;
}

function violations(modules: Iterable<string>, forbidden = FORBIDDEN): string[] {
  return [...modules].flatMap((m) => forbidden.filter(([pattern]) => pattern.test(m)).map(([, why]) => `${m}: ${why}`));
}

describe("the hosted form page's client code", () => {
  it("the checker sees through type-only imports and flags a forbidden module", () => {
    expect(violations(["zod", "server/domain/scoring/score-lead.ts", "react-hook-form", "server/domain/forms/form-logic.ts"])).toHaveLength(2);
  });

  it("loads the shell up front: no react-hook-form, no renderer, nothing heavier", () => {
    const graph = clientGraph(PAGE);
    expect(graph).toContain("components/form-renderer/hosted-form.tsx");
    expect(graph).toContain("components/form-renderer/embed-bridge.ts");
    expect(violations(graph, [...FORBIDDEN, ...UP_FRONT_ONLY])).toEqual([]);
  });

  it("the form loaded on first interaction has the renderer and the evaluator, nothing heavier", () => {
    expect(fs.readFileSync(path.join(root, "components/form-renderer/hosted-form.tsx"), "utf8")).toContain('import("./hosted-form-live")');
    const graph = clientGraph(LIVE_FORM);
    expect(graph).toContain("react-hook-form");
    expect(graph).toContain("components/form-renderer/form-renderer.tsx");
    expect(graph).toContain("server/domain/forms/form-logic.ts");
    expect(violations(graph)).toEqual([]);
  });
});
