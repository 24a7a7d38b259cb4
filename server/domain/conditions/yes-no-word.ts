// How a yes/no answer, or a value a condition compares one with, reads: "yes" or "no". A yes/no
// question stores "yes"/"no", but the API accepts true/false for it, and a condition made outside
// the builder may compare it with true/false or "true"/"false". The evaluator, Publish, the
// builder and form parsing all read these spellings through this one function.

/** "yes" for "yes"/true/"true", "no" for "no"/false/"false" (trimmed, any case); null for anything else. */
export function yesNoWord(value: unknown): "yes" | "no" | null {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "string") return null;
  const word = value.trim().toLowerCase();
  if (word === "yes" || word === "true") return "yes";
  if (word === "no" || word === "false") return "no";
  return null;
}
