// The query of `GET /api/v1/leads` (and its CSV): filters, a page size and an opaque cursor, read
// from the URL's search params. Pages are ordered by (updatedAt, id), oldest change first, so an
// integration syncs incrementally: `updatedSince` = the last `updatedAt` it stored (minus a small
// overlap), then follow `nextCursor` until it is null. Pure: no I/O.
import { z } from "zod";

export const LEAD_LIST_STATUSES = ["NEW", "ASSIGNED", "ACCEPTED", "FALLBACK", "NURTURE", "DISQUALIFIED", "SPAM", "CLOSED"] as const;
export const MAX_LEAD_LIST_LIMIT = 100;
export const DEFAULT_LEAD_LIST_LIMIT = 50;

/** A position in the (updatedAt, id) order: the last lead of a page. */
export interface TLeadCursor {
  updatedAt: Date;
  id: string;
}

const CURSOR = /^(\d{1,15})_([A-Za-z0-9-]{1,100})$/;

/** `<epoch ms>_<lead id>`: opaque to clients, readable in logs (no answer values). */
export function encodeLeadCursor(cursor: TLeadCursor): string {
  return `${cursor.updatedAt.getTime()}_${cursor.id}`;
}

export function decodeLeadCursor(text: string): TLeadCursor | null {
  const match = CURSOR.exec(text);
  if (!match) return null;
  const updatedAt = new Date(Number(match[1]));
  return Number.isNaN(updatedAt.getTime()) ? null : { updatedAt, id: match[2]! };
}

const ZId = z.string().trim().min(1).max(100);

export const ZLeadListQuery = z
  .object({
    status: z.enum(LEAD_LIST_STATUSES).optional(),
    tier: z.string().trim().min(1).max(64).optional(),
    ownerRepId: ZId.optional(),
    formId: ZId.optional(),
    updatedSince: z.iso.datetime({ offset: true, message: "Use an ISO 8601 instant, e.g. 2026-12-01T00:00:00Z" }).transform((s) => new Date(s)).optional(),
    cursor: z
      .string()
      .max(200)
      .transform((text, ctx) => {
        const cursor = decodeLeadCursor(text);
        if (!cursor) {
          ctx.addIssue({ code: "custom", message: "Not a cursor this API returned (use nextCursor as given)" });
          return z.NEVER;
        }
        return cursor;
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(MAX_LEAD_LIST_LIMIT).default(DEFAULT_LEAD_LIST_LIMIT),
  })
  .strict();
export type TLeadListQuery = z.output<typeof ZLeadListQuery>;

/**
 * The URL's search params as the query's input. A repeated name becomes the list of its values,
 * which the query refuses at that name (?status=ASSIGNED&status=NEW silently used the first).
 */
export function searchParamsInput(params: URLSearchParams): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    input[name] = values.length === 1 ? values[0]! : values;
  }
  return input;
}
