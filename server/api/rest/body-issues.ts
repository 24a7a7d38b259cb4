// zod issues of a request body as the API's details: dotted paths ("" → "body"), and an unknown
// property reported at its own path ("lead.colour") rather than at its parent.
import type { z } from "zod";
import type { TErrorDetail } from "../../errors";

export function bodyIssues(issues: readonly z.core.$ZodIssue[]): TErrorDetail[] {
  const at = (path: readonly PropertyKey[]) => path.map(String).join(".") || "body";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: "Unknown property" })) : [{ path: at(issue.path), message: issue.message }],
  );
}
