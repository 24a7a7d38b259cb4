// The embed's message protocol, version 1: what a form page framed by embed.js may tell the host
// page. Pure and tiny: the loader (embed/, ≤ 1.5 KB gzipped) bundles it, the form page types its
// messages with it, and tests run it without a browser.
//
// Every message is an object { sb: 1, type, … }; anything else is not ours and is ignored.
// Messages go one way, frame → host: the host's wishes (prefill, hidden values, its own origin)
// travel in the frame's URL. The loader accepts a message only when it comes from the app's
// origin AND from the contentWindow of an iframe it created itself (acceptsMessage); the form
// page posts only to the host origin the server checked against the form's allowed origins —
// never to "*". A frame that cannot show the form gets the embed notice instead
// (server/http/embed-notice.ts): it posts only "resize" and "close", only to the origin the
// loader named, and tells nothing about the form.

export const EMBED_PROTOCOL = 1;

/** Kinds of end screen a submission reached; never the score or the answers. */
export type TEmbedOutcomeKind = "message" | "redirect" | "booking";

export type TFrameMessage =
  /** The form is on screen: its content height (CSS pixels) and its title (for the iframe's title). */
  | { sb: 1; type: "ready"; height: number; title: string }
  /** The content height changed (a step with more or fewer fields, an error, the end screen). */
  | { sb: 1; type: "resize"; height: number }
  /** The prospect moved to another step: its position (0 = first), never answers. */
  | { sb: 1; type: "step"; index: number }
  /** A lead was created: its id and the kind of end screen. */
  | { sb: 1; type: "submitted"; leadId: string; outcome: TEmbedOutcomeKind }
  /** The prospect booked a meeting on the end screen: the lead's id (never who or when); outcome is always "booking". */
  | { sb: 1; type: "booked"; leadId: string; outcome: "booking" }
  /** The prospect pressed Escape inside the form: a popup closes, an inline embed ignores it. */
  | { sb: 1; type: "close" }
  /**
   * The frame's window got the keyboard focus. While a popup is open, the loader hands focus back
   * to it when this frame is not the popup's: Chromium tabs from its own UI into a cross-origin
   * frame behind a modal dialog although the dialog makes the page inert.
   */
  | { sb: 1; type: "focus" };

/** The tallest frame we follow (a runaway page must not grow the host page without bound). */
export const MAX_FRAME_HEIGHT = 20000;

// Compact on purpose: it ships in the loader's byte budget.
const isCount = (v: unknown, max: number) => typeof v === "number" && v >= 0 && v <= max;
const isText = (v: unknown, pattern: RegExp) => typeof v === "string" && pattern.test(v);

/**
 * The message, when `data` is a well-formed protocol-1 message; otherwise null. (It returns the
 * object it was given: callers read only the fields of its type.)
 */
export function parseFrameMessage(data: unknown): TFrameMessage | null {
  const m = data as Record<string, unknown> | null | undefined; // primitives have no .sb
  const type = m?.type;
  const isValid =
    m?.sb === EMBED_PROTOCOL &&
    (type === "close" ||
      type === "focus" ||
      ((type === "resize" || (type === "ready" && typeof m.title === "string")) && isCount(m.height, MAX_FRAME_HEIGHT)) ||
      (type === "step" && isCount(m.index, 1000)) ||
      ((type === "submitted" || type === "booked") && isText(m.leadId, /^[\w-]{1,64}$/) && isText(m.outcome, /^(message|redirect|booking)$/)));
  return isValid ? (m as TFrameMessage) : null;
}

/**
 * Whether a message event is for the embed whose iframe window is `frameWindow`: sent from the
 * app's origin and by that very window. Either alone is not enough — another frame of the app
 * (a second embed) or a page on another origin holding a reference to the frame could pose as it.
 */
export function acceptsMessage(eventOrigin: string, eventSource: unknown, appOrigin: string, frameWindow: unknown): boolean {
  return eventOrigin === appOrigin && !!eventSource && eventSource === frameWindow;
}
