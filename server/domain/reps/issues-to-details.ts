// zod issues as field errors [{ path: "workingHours.2.end", message }] (the AppError details shape).
import type { z } from "zod";

export interface TFieldError {
  path: string;
  message: string;
}

export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): TFieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
