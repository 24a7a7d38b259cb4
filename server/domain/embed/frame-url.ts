// The URL of an embedded form's iframe, built by the loader on the host page (pure). It carries
// the host's context, read on the server by readEmbedParams (./embed-params.ts):
//   embed=1            chromeless page that talks to its host
//   sb_origin          the host page's origin: the only target the form page may post to, once
//                      the server found it among the form's allowed origins
//   sb_page, sb_ref    the host page's URL and its referrer (the submission's context)
//   sb_bg=transparent  no page background
//   (the host page's utm_*, gclid and fbclid are read by the server from sb_page)
//   prefill / hidden   the host's values by field key / hidden source (data-prefill-<key>,
//                      data-hidden-<name>, or Switchboard('open', slug, { prefill, hidden }))

export interface TFrameOptions {
  prefill?: Record<string, unknown>;
  hidden?: Record<string, unknown>;
  transparent?: boolean;
}

/** Parameter names the embed itself uses (never a prefill: see withoutEmbedParams). */
export const RESERVED_PARAM = /^(embed|sb_.*)$/;
/** Longest page URL / referrer passed (the submission context allows 2000). */
export const MAX_CONTEXT_URL = 2000;

export function frameUrl(appOrigin: string, slug: string, hostHref: string, hostReferrer: string, options: TFrameOptions): string {
  const url = new URL("/f/" + encodeURIComponent(slug), appOrigin);
  // The embed's own parameters; sb_page longer than MAX_CONTEXT_URL is not kept as the context
  // (embed-params.ts). One loop for all (it ships in the loader's byte budget).
  const own = { embed: 1, sb_origin: new URL(hostHref).origin, sb_page: hostHref, sb_ref: hostReferrer, sb_bg: options.transparent ? "transparent" : "" };
  // The host's explicit values, then the embed's own parameters (set last, so no prefill or
  // hidden value can replace them).
  for (const values of [options.hidden, options.prefill, own]) {
    for (const name in values) {
      const value = (values as Record<string, unknown>)[name];
      if (value != null) url.searchParams.set(name, "" + value);
    }
  }
  return url.href;
}
