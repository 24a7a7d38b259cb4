// Email domains: the domain of an address and whether it belongs to a free-mail or disposable
// provider (gmail.com, outlook.com, mailinator.com …). Pure and browser-safe: the list is a
// static JSON import, bundled like any module by Next.js/Turbopack and Vitest.
//
// The list is `domains.json` of the npm package free-email-domains@1.12.6 (14,125 domains,
// byte-identical, sha256 a2f19e1c…91b34e0), copied here rather than installed: that package
// runs a postinstall script that re-downloads the list from HubSpot and GitHub, which fails
// without internet (and makes `npm ci` fail) and would make the list change at install time.
// To refresh: `npm pack free-email-domains@<version>` and copy package/domains.json over
// free-email-domains.json.
//
// free-email-domains — The MIT License (MIT)
// Copyright © 2017 Kiko Beats <josefrancisco.verdu@gmail.com> (kikobeats.com)
// Permission is hereby granted, free of charge, to any person obtaining a copy of this software
// and associated documentation files (the "Software"), to deal in the Software without
// restriction, including without limitation the rights to use, copy, modify, merge, publish,
// distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
// Software is furnished to do so, subject to the following conditions: The above copyright
// notice and this permission notice shall be included in all copies or substantial portions of
// the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
// PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
// LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
// OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
// DEALINGS IN THE SOFTWARE.
import freeEmailDomains from "./free-email-domains.json";

const FREE_DOMAINS: ReadonlySet<string> = new Set(freeEmailDomains);

/** local@domain.tld: one @, no spaces, a dot in the domain, no empty labels. */
const EMAIL_SHAPE = /^[^\s@]+@([^\s@.]+\.)+[^\s@.]+$/;

/** The lower-cased domain of a valid-looking address ("Ann@ACME.io " → "acme.io"), else null. */
export function emailDomain(email: string): string | null {
  const trimmed = email.trim();
  if (!EMAIL_SHAPE.test(trimmed)) return null;
  return trimmed.slice(trimmed.lastIndexOf("@") + 1).toLowerCase();
}

/**
 * Whether a domain is a free-mail or disposable provider. Exact match after trimming and
 * lower-casing (a trailing dot is ignored); sub-domains of listed domains are not matched, so a
 * company's own domain is never flagged because a parent domain happens to be listed.
 */
export function isFreeEmailDomain(domain: string): boolean {
  const normalized = domain.trim().toLowerCase().replace(/\.$/, "");
  return normalized !== "" && FREE_DOMAINS.has(normalized);
}

/** Whether a valid-looking address uses a free-mail domain (false for anything not an address). */
export function isFreeEmail(email: string): boolean {
  const domain = emailDomain(email);
  return domain !== null && isFreeEmailDomain(domain);
}
