// Whether an embed.js frame of /f/<slug> can show the form, decided on the server (pure) before
// the page is rendered — and, when it cannot, what the prospect and the marketer are told.
//
// The loader names its page's origin in the frame's URL (sb_origin, ./frame-url.ts). When that
// origin is not among the form's allowed origins, or the slug names no published form, the
// browser would show a broken frame (CSP frame-ancestors) or a blank box. Instead the app
// answers with a small notice page that only the claimed origin may frame: a neutral sentence
// for the prospect, a console.error naming the cause for the marketer, and its height for the
// loader to shrink the frame to (server/http/embed-notice.ts).
//
// The claim only chooses which page is served; it never opens the form to anyone. A page that
// claims an allowed origin it is not on gets the form under frame-ancestors of the allowed
// origins, which its browser refuses; a page that tells the truth gets the notice. The notice
// tells nothing new: whether a slug is published and which origins may frame it are already
// public (the hosted page's status and its frame-ancestors header).
import { normalizeOrigin } from "../forms/origins";

export type TEmbedUnavailableReason = "origin_not_allowed" | "not_published";

export interface TEmbedUnavailable {
  reason: TEmbedUnavailableReason;
  slug: string;
  /** The host page's origin (normalised), the only one the notice may be framed by and posts to. */
  hostOrigin: string;
  isTransparent: boolean;
}

type TQuery = Pick<URLSearchParams, "get">;

/** What the prospect reads in place of the form. Neutral: nothing about the cause. */
export const UNAVAILABLE_TEXT: Readonly<Record<TEmbedUnavailableReason, string>> = {
  origin_not_allowed: "This form can't be shown here.",
  not_published: "This form isn't available.",
};

/** The link offered when the form exists (its hosted page works on any website). */
export const OPEN_FORM_TEXT = "Open the form";

/**
 * Why an embed frame cannot show the form, or null when it can (or when this is not a frame
 * embed.js made: no embed=1 with a valid sb_origin — the page then behaves as before).
 * `form` is null when the slug names no published form.
 */
export function embedUnavailability(slug: string, query: TQuery, form: { allowedOrigins: readonly string[] } | null): TEmbedUnavailable | null {
  if (query.get("embed") !== "1") return null;
  const claimed = normalizeOrigin(query.get("sb_origin") ?? "");
  // Only plain scheme://host[:port] (it goes into a CSP header, as in server/http/security-headers.ts).
  if (!claimed.ok || !/^https?:\/\/[a-z0-9.[\]:-]+$/i.test(claimed.origin)) return null;
  const reason: TEmbedUnavailableReason | null = !form ? "not_published" : form.allowedOrigins.includes(claimed.origin) ? null : "origin_not_allowed";
  if (!reason) return null;
  return { reason, slug, hostOrigin: claimed.origin, isTransparent: query.get("sb_bg") === "transparent" };
}

/** The developer-console line for the marketer: the cause and what to do. */
export function unavailableConsoleMessage({ reason, slug, hostOrigin }: TEmbedUnavailable): string {
  const name = JSON.stringify(slug.slice(0, 100)).slice(1, -1); // one short line, whatever the slug holds
  if (reason === "origin_not_allowed") {
    return `Switchboard: this site (${hostOrigin}) is not allowed to embed form '${name}'. Add ${hostOrigin} on the form's Share page under "Websites allowed to embed".`;
  }
  return `Switchboard: no published form '${name}'. Check the slug in the embed snippet (data-switchboard) and that the form is published.`;
}
