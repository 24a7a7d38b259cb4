// The read-only fields of a routing document (`PUT /api/v1/routing`): a rep's `email` and `name`
// are the member's account (what they signed up with), not the rep profile, so a document cannot
// change them. A value that differs from the stored one is ignored and said so, as a warning at
// its path ("reps.3.name"); a value equal to the stored one (GET, then PUT) says nothing. Pure.
import type { TFieldError } from "../reps/issues-to-details";

export interface TMemberAccount {
  email: string;
  name: string | null;
}

export interface TReadOnlyRepEntry {
  id?: string | undefined;
  userId?: string | undefined;
  email?: string | undefined;
  name?: string | null | undefined;
}

const FIELDS = ["email", "name"] as const;

export function readOnlyFieldMessage(field: (typeof FIELDS)[number], stored: string | null): string {
  const what = field === "email" ? "the member's sign-in email" : "the member's account name";
  return `Read-only: ${what}, changed only in their own account, not by a routing document; ignored (stored: ${stored === null ? "none" : `“${stored}”`})`;
}

/**
 * Warnings for the read-only fields of `reps` that differ from the member's account: an existing
 * rep's by its id (`accountByRepId`), a new rep's by its userId (`accountByUserId`). Entries whose
 * account is unknown (an unknown id: an error elsewhere) get none.
 */
export function readOnlyFieldWarnings(
  reps: readonly TReadOnlyRepEntry[],
  accountByRepId: Readonly<Record<string, TMemberAccount>>,
  accountByUserId: Readonly<Record<string, TMemberAccount>> = {},
): TFieldError[] {
  return reps.flatMap((rep, i) => {
    const account = rep.id !== undefined ? accountByRepId[rep.id] : rep.userId !== undefined ? accountByUserId[rep.userId] : undefined;
    if (!account) return [];
    return FIELDS.flatMap((field) => {
      const sent = rep[field];
      if (sent === undefined || sameValue(field, sent, account[field])) return [];
      return [{ path: `reps.${i}.${field}`, message: readOnlyFieldMessage(field, account[field]) }];
    });
  });
}

/** Emails compare without case (the account's is stored as typed at sign-up). */
function sameValue(field: (typeof FIELDS)[number], sent: string | null, stored: string | null): boolean {
  if (sent === null || stored === null) return sent === stored;
  return field === "email" ? sent.trim().toLowerCase() === stored.trim().toLowerCase() : sent === stored;
}
