// What the form page learns from its URL when embed.js framed it (see ./frame-url.ts), checked
// on the server (pure). The host origin the page may post messages to is the claimed sb_origin
// only when it is one of the form's allowed origins; the host page URL only when it is on that
// origin. Anything else is dropped: the page then renders but tells no one anything.
import { normalizeOrigin } from "../forms/origins";
import { MAX_CONTEXT_URL, RESERVED_PARAM } from "./frame-url";

type TParams = Record<string, string | string[] | undefined>;

export interface TEmbedParams {
  /** Rendered chromeless for a frame (embed=1). */
  isEmbed: boolean;
  /** The origin the page posts messages to: allowed and normalised, else null. */
  hostOrigin: string | null;
  /** The host page's URL (on hostOrigin), for the submission context and attribution. */
  pageUrl: string | null;
  /** The host page's referrer. */
  referrer: string | null;
  isTransparent: boolean;
}

const first = (params: TParams, name: string): string | null => {
  const value = params[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text : null;
};

function httpUrl(text: string | null): URL | null {
  if (!text || text.length > MAX_CONTEXT_URL) return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export function readEmbedParams(params: TParams, allowedOrigins: readonly string[]): TEmbedParams {
  const isEmbed = first(params, "embed") === "1";
  const claimed = first(params, "sb_origin");
  const normalized = isEmbed && claimed ? normalizeOrigin(claimed) : null;
  const hostOrigin = normalized?.ok && allowedOrigins.includes(normalized.origin) ? normalized.origin : null;
  const page = hostOrigin ? httpUrl(first(params, "sb_page")) : null;
  const pageUrl = page && page.origin === hostOrigin ? page.href : null;
  const referrer = hostOrigin ? (httpUrl(first(params, "sb_ref"))?.href ?? null) : null;
  return { isEmbed, hostOrigin, pageUrl, referrer, isTransparent: isEmbed && first(params, "sb_bg") === "transparent" };
}

/** The page's query without the embed's own parameters (they never prefill a field). */
export function withoutEmbedParams<T extends TParams>(params: T): TParams {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !RESERVED_PARAM.test(name)));
}
