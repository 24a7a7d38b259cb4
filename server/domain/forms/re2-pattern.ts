// Validation patterns on the server: RE2 (re2js, pure JavaScript) matches in time linear in the
// answer, so no pattern can freeze the process (a backtracking engine takes ~2^n steps for (a+)+
// on n a's and a mismatch). RE2 refuses what it cannot run in linear time (backreferences,
// lookaround): publishing a form with such a pattern is refused (publish-check.ts).
// Pure (no I/O); server-only by lint rule: it must not enter the hosted form page's bundle.
import { RE2JS } from "re2js";
import type { TPatternMatcher } from "./pattern-matcher";

/** Compiled patterns by source; published versions reuse a handful, so this stays small. */
const compiled = new Map<string, RE2JS | null>();
const MAX_CACHED = 500;

function compile(pattern: string): RE2JS | null {
  if (compiled.has(pattern)) return compiled.get(pattern) ?? null;
  let re: RE2JS | null = null;
  try {
    re = RE2JS.compile(pattern);
  } catch {
    re = null;
  }
  if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
  compiled.set(pattern, re);
  return re;
}

/** Why RE2 cannot compile the pattern (its own words), or null when it can. */
export function re2PatternProblem(pattern: string): string | null {
  try {
    RE2JS.compile(pattern);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^error parsing regexp:\s*/, "");
  }
}

/**
 * RE2 full match. A pattern RE2 cannot compile (only in versions published before this check)
 * checks nothing, as an unreadable pattern always has: the prospect is not blocked by our bug.
 */
export const matchRe2Pattern: TPatternMatcher = (pattern, text) => {
  const re = compile(pattern);
  return re === null ? true : re.matches(text);
};
