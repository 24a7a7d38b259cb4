// zod issues as field errors [{ path: "workingHours.2.end", message }] (the AppError details shape).
// An unknown property is reported at its own path ("events.colour"), not at its parent (which is
// "" for the top level: a caller could not tell which property was refused).
import type { z } from "zod";
import { UNKNOWN_PROPERTY_MESSAGE } from "../validation/request-issues";

export interface TFieldError {
  path: string;
  message: string;
}

export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): TFieldError[] {
  const at = (path: readonly PropertyKey[]) => path.map(String).join(".");
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: UNKNOWN_PROPERTY_MESSAGE }))
      : [{ path: at(issue.path), message: issue.message }],
  );
}
