// How a field's validation pattern is run against an answer. The domain does not choose the
// engine: the server passes matchRe2Pattern (re2-pattern.ts, linear time, safe on public input);
// the hosted page passes matchNativePattern (the browser's RegExp: only the prospect's own tab is
// at stake, and publishing refuses patterns RE2 cannot compile). The pattern must match the whole
// answer.
export type TPatternMatcher = (pattern: string, text: string) => boolean;

/** The browser's RegExp. Never on the server: a pattern like (a+)+ backtracks exponentially. */
export const matchNativePattern: TPatternMatcher = (pattern, text) => {
  try {
    return new RegExp(`^(?:${pattern})$`).test(text);
  } catch {
    return true; // a pattern the browser cannot read checks nothing here; the server still checks it
  }
};
