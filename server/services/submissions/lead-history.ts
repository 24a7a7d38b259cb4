// Shared by the form submission and the API lead creation: the repeat window (insert-lead.ts reads
// the person's latest lead in it) and the unique-key race.

/** A repeat is the same person's lead within this window. */
export const REPEAT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** A unique-constraint violation (two requests with one idempotency key raced): Prisma's own, or a raw statement's (P2010 from the driver adapter). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } } };
  if (code === "P2002") return true;
  const cause = meta?.driverAdapterError?.cause;
  return code === "P2010" && (cause?.kind === "UniqueConstraintViolation" || cause?.originalCode === "23505");
}
