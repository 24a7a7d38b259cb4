// The domain of an email address: pure, no list (email-domain.ts holds the free-mail list).

/** local@domain.tld: one @, no spaces, a dot in the domain, no empty labels. */
const EMAIL_SHAPE = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]+$/;

/** The lower-cased domain of a valid-looking address ("Ann@ACME.io " → "acme.io"), else null. */
export function emailDomain(email: string): string | null {
  const trimmed = email.trim();
  if (!EMAIL_SHAPE.test(trimmed)) return null;
  return trimmed.slice(trimmed.lastIndexOf("@") + 1).toLowerCase();
}
