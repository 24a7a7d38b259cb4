// A one-time notice's flag in the address (?moved=1, ?taken=1 on the prospect's manage page
// /b/<token>): once the notice has shown, the address without it, so a reload, a bookmark or a
// shared address does not repeat "Moved." or "That time was just taken". Every other parameter
// (?tz=, the "Times in" pick) is kept, in order; the path and any #fragment too. Pure.

/** `href` (an absolute address) without the query parameter `name`, as a path + query + fragment; null when it has none. */
export function addressWithoutFlag(href: string, name: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has(name)) return null;
  url.searchParams.delete(name);
  return `${url.pathname}${url.search}${url.hash}`;
}
