// The repository's source files as the import tests read them (import-cycles, client-server-imports,
// hosted-form-imports): listing a folder's .ts/.tsx files, resolving a local import specifier, and
// (import-cycles) every specifier a file imports, type-only and dynamic ones included.
import fs from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
/** Build output, installed packages, generated code and tests: not source the app runs. */
export const SKIP_SOURCE = /(^|\/)(node_modules|\.next|generated)(\/|$)|\.test\.tsx?$/;

/** The .ts/.tsx files under a folder (or the file itself), relative to the repository. */
export function sourceFiles(entry: string): string[] {
  const full = path.join(REPO_ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return /\.tsx?$/.test(entry) ? [entry] : [];
  return fs.readdirSync(full).flatMap((name) => {
    const child = path.join(entry, name);
    return SKIP_SOURCE.test(child) ? [] : sourceFiles(child);
  });
}

/**
 * The repository file a relative or "@/" specifier names, or null for a package. `sourceOnly`: only
 * a .ts/.tsx file counts (a stylesheet or JSON file named by the specifier is skipped, as if absent).
 */
export function resolveLocal(from: string, specifier: string, { sourceOnly = false }: { sourceOnly?: boolean } = {}): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (sourceOnly && !/\.tsx?$/.test(candidate)) continue;
    const full = path.join(REPO_ROOT, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return path.normalize(candidate);
  }
  return null;
}

/** Static imports and re-exports, type-only ones included, and dynamic `import("…")`. */
const ANY_IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^"'`;]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Every specifier a source text imports: static, type-only, re-exported or dynamic (a literal string). */
export function allImportSpecifiers(text: string): string[] {
  return [...text.matchAll(ANY_IMPORT)].map((match) => match[1] ?? match[2] ?? "");
}
