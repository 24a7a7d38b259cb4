// The query of `GET /api/v1/leads` (and its CSV): filters, a page size and an opaque cursor, read
// from the URL's search params. Pages are ordered by (updatedAt, id), oldest change first, so an
// integration syncs incrementally: `updatedSince` = the last `updatedAt` it stored (minus a small
// overlap), then follow `nextCursor` until it is null. A bad value is refused at the parameter's
// name in plain words ("limit must be a whole number from 1 to 100 (default 50)"), never zod's
// wording. Pure: no I/O.
import { z } from "zod";
import { ZEnumAnyCase } from "../validation/enum-value";
import { queryParameters } from "../validation/query-parameters";

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

/** A parameter's value of 1 to `max` characters (trimmed); `message` for anything else (empty, too long). */
const text = (max: number, message: string) => z.string({ error: message }).trim().min(1, message).max(max, message);

export const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${MAX_LEAD_LIST_LIMIT} (default ${DEFAULT_LEAD_LIST_LIMIT})`;
const CURSOR_MESSAGE = "Not a cursor this API returned (use nextCursor as given)";

/** `limit`: digits only ("10"; not "1e1", "0x10" or "10.5"), from 1 to MAX_LEAD_LIST_LIMIT, in plain words. */
const ZLimit = z.preprocess(
  (value) => (typeof value === "string" && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : value),
  z.number({ error: LIMIT_MESSAGE }).int(LIMIT_MESSAGE).min(1, LIMIT_MESSAGE).max(MAX_LEAD_LIST_LIMIT, LIMIT_MESSAGE),
);

/** A parameter given once: a repeated one (?status=ASSIGNED&status=NEW) is refused as such, not as a bad value. */
export function oneValue<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (!Array.isArray(value)) return value;
    ctx.addIssue({ code: "custom", input: value, message: `Given ${value.length} times: each parameter takes one value (to see several, ask once per value)` });
    return z.NEVER;
  }, schema);
}

const LEAD_LIST_PARAMS = {
  /** In any letter case (status=assigned is ASSIGNED): enum-value.ts. */
  status: oneValue(ZEnumAnyCase(LEAD_LIST_STATUSES, `Use one of ${LEAD_LIST_STATUSES.join(", ")}`)).optional(),
  tier: oneValue(text(64, "tier must be a tier key of 1 to 64 characters (e.g. sales_ready)")).optional(),
  ownerRepId: oneValue(text(100, "ownerRepId must be a rep id of 1 to 100 characters (owner.repId of a lead, or GET /api/v1/members)")).optional(),
  formId: oneValue(text(100, "formId must be a form id of 1 to 100 characters (form.id of a lead)")).optional(),
  updatedSince: oneValue(z.iso.datetime({ offset: true, message: "Use an ISO 8601 instant, e.g. 2026-12-01T00:00:00Z" }).transform((s) => new Date(s))).optional(),
  cursor: oneValue(z
    .string({ error: CURSOR_MESSAGE })
    .max(200, CURSOR_MESSAGE)
    .transform((text, ctx) => {
      const cursor = decodeLeadCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: "custom", message: CURSOR_MESSAGE });
        return z.NEVER;
      }
      return cursor;
    }))
    .optional(),
  limit: oneValue(ZLimit.default(DEFAULT_LEAD_LIST_LIMIT)),
};

/**
 * The query; a parameter it does not take is a 422 at its own name saying so (queryParameters:
 * an issue of its own, alongside any other parameter's).
 */
export const ZLeadListQuery = queryParameters(LEAD_LIST_PARAMS).transform(({ status, tier, ownerRepId, formId, updatedSince, cursor, limit }) => ({ status, tier, ownerRepId, formId, updatedSince, cursor, limit }));
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

/**
 * The message for a `tier` filter that no lead of the workspace has and no version of its forms
 * defines (a typo): tiers are per form version (and a lead without a form keeps the tier it was
 * sent with), so the known ones are listed, not a fixed enum.
 */
export function unknownTierMessage(tier: string, knownTiers: readonly string[]): string {
  const known = [...new Set(knownTiers)].sort();
  return known.length === 0 ? `No lead or form of this workspace has the tier “${tier}” (none has a tier yet)` : `No lead or form of this workspace has the tier “${tier}”: use one of ${known.join(", ")}`;
}
