// Website origins allowed to embed a form (Form.allowedOrigins). Pure: the share page, the
// forms service and the embed checks use the same rules. An origin is scheme://host[:port] —
// http or https only, a host, no credentials/path/query/fragment; the host is lowercased and a
// default port (80 for http, 443 for https) dropped, so equal origins compare equal as strings.

export const MAX_ALLOWED_ORIGINS = 50;

export type TOriginResult = { ok: true; origin: string } | { ok: false; message: string };

const fail = (message: string): TOriginResult => ({ ok: false, message });

/** "HTTPS://WWW.Example.com:443/" → "https://www.example.com". */
export function normalizeOrigin(input: string): TOriginResult {
  const text = input.trim();
  if (text === "") return fail("Enter a website address such as https://www.example.com");
  if (text.length > 300) return fail("This address is too long");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (!scheme) return fail("Start with https:// (or http://), e.g. https://www.example.com");
  if (scheme !== "http" && scheme !== "https") return fail("Only http:// and https:// websites can embed a form");
  if (!/^[a-z]+:\/\/[^/?#]/i.test(text)) return fail("Add the website's host, e.g. https://www.example.com");
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail("This is not a valid website address");
  }
  if (url.username || url.password || /^[a-z]+:\/\/[^/?#]*@/i.test(text)) return fail("Leave out user names and passwords");
  if (!url.hostname) return fail("Add the website's host, e.g. https://www.example.com");
  if (url.search || text.includes("?")) return fail("Leave out the query (?…): only scheme, host and port are allowed");
  if (url.hash || text.includes("#")) return fail("Leave out the fragment (#…): only scheme, host and port are allowed");
  const rest = text.replace(/^[a-z]+:\/\/[^/?#]*/i, "");
  if ((rest !== "" && rest !== "/") || url.pathname !== "/") return fail("Leave out the path: only scheme, host and port are allowed");
  // URL already lowercases the host, punycodes IDNs and drops default ports.
  return { ok: true, origin: `${url.protocol}//${url.host}` };
}

export interface TOriginsProblem {
  /** Index in the input list; null for list-wide problems (too many). */
  index: number | null;
  message: string;
}

/** Every entry normalised; duplicates (after normalising) and more than the maximum are problems. */
export function normalizeOrigins(inputs: readonly string[]): { origins: string[]; problems: TOriginsProblem[] } {
  const origins: string[] = [];
  const problems: TOriginsProblem[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const result = normalizeOrigin(input);
    if (!result.ok) return problems.push({ index, message: result.message });
    const first = seen.get(result.origin);
    if (first !== undefined) return problems.push({ index, message: `${result.origin} is already in the list` });
    seen.set(result.origin, index);
    origins.push(result.origin);
  });
  if (inputs.length > MAX_ALLOWED_ORIGINS) {
    problems.push({ index: null, message: `At most ${MAX_ALLOWED_ORIGINS} websites can embed a form` });
  }
  return { origins, problems };
}
