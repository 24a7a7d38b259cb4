// Values a process caches and hands to every caller (a parsed form version, a published routing
// config) are frozen all the way down, once: callers share one copy, and a caller that tried to
// change it would throw (modules run in strict mode) instead of changing it for everyone.
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
