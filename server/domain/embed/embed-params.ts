// What the form page learns from its URL when embed.js framed it (see ./frame-url.ts), checked
// on the server (pure). The host origin the page may post messages to is the claimed sb_origin
// only when it is one of the form's allowed origins; the host page URL only when it is on that
// origin. Anything else is dropped: the page then renders but tells no one anything.
// The host page's campaign parameters (utm_*, gclid, fbclid) are read here from that page URL
// for the form's hidden fields — the loader does not copy them (its byte budget).
import { normalizeOrigin } from "../forms/origins";
import { MAX_CONTEXT_URL, RESERVED_PARAM } from "./frame-url";

/** The host page's query parameters passed on to the form: campaign attribution only. */
export const ATTRIBUTION_PARAM = /^(utm_\w+|gclid|fbclid)$/;
/** Longest host page URL read for its campaign parameters (the submission context keeps ≤ MAX_CONTEXT_URL). */
const MAX_ATTRIBUTION_PAGE_URL = 8000;

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
  /** The host page's utm_*, gclid and fbclid (first value of each), when the page is on hostOrigin. */
  hostAttribution: Record<string, string>;
  isTransparent: boolean;
}

const first = (params: TParams, name: string): string | null => {
  const value = params[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text : null;
};

function httpUrl(text: string | null, maxLength = MAX_CONTEXT_URL): URL | null {
  if (!text || text.length > maxLength) return null;
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
  const page = hostOrigin ? httpUrl(first(params, "sb_page"), MAX_ATTRIBUTION_PAGE_URL) : null;
  const isOnHost = !!page && page.origin === hostOrigin;
  const pageUrl = isOnHost && page.href.length <= MAX_CONTEXT_URL ? page.href : null;
  const referrer = hostOrigin ? (httpUrl(first(params, "sb_ref"))?.href ?? null) : null;
  const hostAttribution = isOnHost ? attributionParams(page.searchParams) : {};
  return { isEmbed, hostOrigin, pageUrl, referrer, hostAttribution, isTransparent: isEmbed && first(params, "sb_bg") === "transparent" };
}

function attributionParams(query: URLSearchParams): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, value] of query) {
    if (ATTRIBUTION_PARAM.test(name) && !(name in found)) found[name] = value;
  }
  return found;
}

/**
 * The parameters the form's fields are prefilled from: the host page's campaign parameters, then
 * the frame's own query (the host's explicit prefill and hidden values win), without the embed's
 * parameters.
 */
export function prefillParamsOf(params: TParams, embed: TEmbedParams): TParams {
  return { ...embed.hostAttribution, ...withoutEmbedParams(params) };
}

/** The page's query without the embed's own parameters (they never prefill a field). */
export function withoutEmbedParams<T extends TParams>(params: T): TParams {
  return Object.fromEntries(Object.entries(params).filter(([name]) => !RESERVED_PARAM.test(name)));
}
