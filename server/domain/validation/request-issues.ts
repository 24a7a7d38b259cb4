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
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: UNKNOWN_PROPERTY_MESSAGE }))
      : [{ path: at(issue.path), message: issue.code === "invalid_type" ? plainTypeMessage(issue.message) : issue.message }],
  );
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
