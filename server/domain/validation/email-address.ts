// What the product takes as a prospect's email address: the leads API (person.email), the form
// submissions API and the hosted form's email questions (validate-field-value.ts) use this one
// check, so the page and the APIs agree. Deliberately not zod 4's z.email(): that is ASCII-only
// and wants a TLD of two letters or more, so it refused real, deliverable addresses
// (zoë@exämple.com, ZOË@Example.com) and test ones (a@b.c) — and with them the lead. A prospect's
// address is confirmed by mail, not by a pattern: this only refuses what cannot be an address.
//   - exactly one "@"; a local part of 1–64 characters; a domain with at least one dot and no
//     empty label (not "a@b", "a@.b", "a@b.", "a@b..c");
//   - no whitespace or control characters anywhere, and none of < > ( ) [ ] , ; : \ " (a pasted
//     "Ann <ann@acme.io>" or a list of addresses);
//   - at most 254 characters in all (RFC 5321's path limit);
//   - any letters otherwise (internationalized local parts and domains, any case).
// Callers trim first; case is kept (the person's email is lower-cased where it is stored, for
// dedupe, as before). Pure, zod-free and tiny: the hosted page ships it.

export const MAX_EMAIL_ADDRESS_LENGTH = 254;
export const MAX_EMAIL_LOCAL_PART_LENGTH = 64;

// Whitespace, C0/C1 controls, and the characters that mark a display name, a comment or a list.
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f<>()[\],;:\\"]/u;

export function isEmailAddress(text: string): boolean {
  if (text.length > MAX_EMAIL_ADDRESS_LENGTH || FORBIDDEN.test(text)) return false;
  const parts = text.split("@");
  if (parts.length !== 2) return false;
  const [local, domain] = parts as [string, string];
  if (local.length === 0 || local.length > MAX_EMAIL_LOCAL_PART_LENGTH) return false;
  const labels = domain.split(".");
  return labels.length >= 2 && labels.every((label) => label.length > 0);
}
