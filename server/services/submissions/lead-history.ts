// Shared by the form submission and the API lead creation: the repeat window (insert-lead.ts reads
// the person's latest lead in it) and the unique-key race.
import { isDatabaseError } from "../../db/raw-sql";

const UNIQUE_VIOLATION = "23505";

/** A repeat is the same person's lead within this window. */
export const REPEAT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** A unique-constraint violation (two requests with one idempotency key raced): Prisma's own, a raw statement's (P2010 from the driver adapter), or the thin client's (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (code === "P2002") return true;
  if (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation") return true;
  return isDatabaseError(error, UNIQUE_VIOLATION);
}
