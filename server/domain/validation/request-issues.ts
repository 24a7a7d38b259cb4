// zod issues of a request body as the API's details: dotted paths ("" → "body"), and an unknown
// property reported at its own path ("lead.colour") rather than at its parent. The one mapping
// used by every REST body (leads, submissions, routing documents).
import { z } from "zod";

export interface TRequestIssue {
  path: string;
  message: string;
}

/** Issues as a JSON column keeps them (a lead's idempotencyWarnings), read back through this. */
export const ZRequestIssues = z.array(z.object({ path: z.string(), message: z.string() }));

export const UNKNOWN_PROPERTY_MESSAGE = "Unknown property";

export function requestIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): TRequestIssue[] {
  const at = (path: readonly PropertyKey[]) => [...prefix, ...path].map(String).join(".") || "body";
  // An empty string is said once: a later check on it ("Unknown time zone") adds nothing.
  const emptyAt = new Set<string>();
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: at([...issue.path, key]), message: UNKNOWN_PROPERTY_MESSAGE }));
    const path = at(issue.path);
    if (emptyAt.has(path)) return [];
    const message = issue.code === "invalid_type" ? plainTypeMessage(issue.message) : plainZodMessage(issue);
    if (message === EMPTY_MESSAGE) emptyAt.add(path);
    return [{ path, message }];
  });
}

const EMPTY_MESSAGE = "Must not be empty";
/** The options an option message lists; the rest are counted ("…and 4 more"). */
const MAX_OPTIONS_SHOWN = 20;

/**
 * zod's own words for a size, a date-time or an option ("Too small: expected string to have >=1
 * characters", "Invalid ISO datetime", "Invalid option: expected one of …") in plain words; a
 * schema's own message is kept as it is (it never starts like zod's).
 */
function plainZodMessage(issue: z.core.$ZodIssue): string {
  const { message } = issue;
  if ((issue.code === "too_small" || issue.code === "too_big") && /^Too (small|big): expected /.test(message)) {
    const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
    const isSmall = issue.code === "too_small";
    const isInclusive = issue.inclusive !== false;
    if (issue.origin === "string" || issue.origin === "array" || issue.origin === "set") {
      if (isSmall && bound <= 1 && issue.origin === "string") return EMPTY_MESSAGE;
      const count = isInclusive ? bound : isSmall ? bound + 1 : bound - 1;
      const unit = issue.origin === "string" ? "character" : "item";
      return `${isSmall ? "At least" : "At most"} ${count} ${unit}${count === 1 ? "" : "s"}`;
    }
    if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
      if (isInclusive) return `Must be ${bound} ${isSmall ? "or more" : "or less"}`;
      return `Must be ${isSmall ? "more" : "less"} than ${bound}`;
    }
    return message;
  }
  if (issue.code === "invalid_format" && issue.format === "datetime" && message === "Invalid ISO datetime") {
    return "Use an ISO 8601 date-time such as 2026-12-01T09:30:00Z";
  }
  if (issue.code === "invalid_value" && /^Invalid (option|input): expected /.test(message)) {
    const shown = issue.values.slice(0, MAX_OPTIONS_SHOWN).map((value) => `“${String(value)}”`);
    const more = issue.values.length - shown.length;
    return `Use one of ${shown.join(", ")}${more > 0 ? ` …and ${more} more` : ""}`;
  }
  return message;
}

/** zod's own wording of a wrong type ("Invalid input: expected string, received undefined"); a schema's own message never matches. */
const ZOD_TYPE_MESSAGE = /^Invalid input: expected (\w+), received (\w+)$/;

/** What a JSON value of zod's type name is called in a message: "a string", "a whole number". */
const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  record: "an object",
  date: "a date",
  null: "null",
};

/**
 * zod's default wrong-type message in plain words: a missing property is "Required (a string)"; a
 * value of another type "Must be a string, not a number". Any other message is kept as it is.
 */
export function plainTypeMessage(message: string): string {
  const match = ZOD_TYPE_MESSAGE.exec(message);
  if (!match) return message;
  const [, expected, received] = match as unknown as [string, string, string];
  const wanted = TYPE_WORDS[expected] ?? expected;
  if (received === "undefined") return `Required (${wanted})`;
  return `Must be ${wanted}, not ${TYPE_WORDS[received] ?? received}`;
}
