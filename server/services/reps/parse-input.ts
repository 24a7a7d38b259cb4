// Services validate their input with the domain schema, whoever calls them (tRPC, pages, other
// services): bad input becomes AppError VALIDATION with field paths, before anything is written.
import type { z } from "zod";
import { issuesToFieldErrors } from "../../domain/reps/issues-to-details";
import { validationError } from "../../errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(issuesToFieldErrors(result.error.issues));
  return result.data;
}

/** A unique constraint failed (Prisma P2002), e.g. two writers racing on the same name. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
