// Email domains: the domain of an address and whether it belongs to a free-mail or disposable
// provider (gmail.com, outlook.com, mailinator.com …). Pure and browser-safe: the list is a
// static JSON import, bundled like any module by Next.js/Turbopack and Vitest.
//
// The list comes from the maintained npm package free-email-domains. Its postinstall script
// re-downloads the list from the internet (impossible offline, and it would change the list at
// install time), so package.json's "allowScripts" denies it: we use the list the package ships.
import freeEmailDomains from "free-email-domains/domains.json";
import { emailDomain } from "./email-address";

export { emailDomain };

const FREE_DOMAINS: ReadonlySet<string> = new Set(freeEmailDomains);

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
