// zod issues of a request body as the API's details: dotted paths ("" → "body"), and an unknown
// property reported at its own path ("lead.colour") rather than at its parent. The one mapping
// used by every REST body (leads, submissions, routing documents).
import type { z } from "zod";

export interface TRequestIssue {
  path: string;
  message: string;
}

export const UNKNOWN_PROPERTY_MESSAGE = "Unknown property";

export function requestIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): TRequestIssue[] {
  const at = (path: readonly PropertyKey[]) => [...prefix, ...path].map(String).join(".") || "body";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: UNKNOWN_PROPERTY_MESSAGE }))
      : [{ path: at(issue.path), message: issue.message }],
  );
}
