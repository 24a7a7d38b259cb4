// The form page's side of the embed (/f/<slug>?embed=1 inside embed.js's iframe): tells the host
// page when the form is ready, its content height as it changes, the step position, the
// submission (lead id and outcome kind only), an Escape pressed inside (a popup closes) and the
// keyboard focus arriving (a popup in front takes it back).
// Messages follow server/domain/embed/protocol.ts and go only to the host origin the server
// checked against the form's allowed origins (readEmbedParams) — never "*"; without one, nothing
// is sent. Browser only.
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { TFrameMessage } from "@/server/domain/embed/protocol";

/** What the server found in the embed URL (server/domain/embed/embed-params.ts), for the client. */
export interface TEmbedSession {
  hostOrigin: string | null;
  pageUrl: string | null;
  referrer: string | null;
}

/** The element whose height the host's iframe follows (rendered by the page in embed mode). */
export const EMBED_ROOT_ATTRIBUTE = "data-embed-root";

type TPost = (message: TFrameMessage) => void;

/** What the form tells the host page through: `post` any message, `stepChanged` the step index. */
export interface TEmbedHost {
  post: TPost;
  stepChanged: (index: number) => void;
}

function contentHeight(): number {
  const root = document.querySelector(`[${EMBED_ROOT_ATTRIBUTE}]`);
  return Math.ceil(root ? root.getBoundingClientRect().height : document.documentElement.scrollHeight);
}

/**
 * Posts to the host when embedded and allowed; a no-op otherwise. Sends `ready` once mounted,
 * then `resize` whenever the content height changes, `close` on Escape and `focus` when the
 * frame's window gets the keyboard focus.
 */
export function useEmbedHost(session: TEmbedSession | undefined, title: string): TEmbedHost {
  const hostOrigin = session?.hostOrigin ?? null;
  const lastStep = useRef(0);
  const hasSentReady = useRef(false); // once per page, also when development remounts effects
  const post = useCallback<TPost>(
    (message) => {
      if (hostOrigin && window.parent !== window) window.parent.postMessage(message, hostOrigin);
    },
    [hostOrigin],
  );

  useEffect(() => {
    const root = document.querySelector(`[${EMBED_ROOT_ATTRIBUTE}]`);
    // What the page decided, for people debugging an embed (and the e2e journeys): "none" when
    // the host is not among the form's allowed origins (or the page is not framed by embed.js).
    root?.setAttribute("data-embed-host", hostOrigin ? "connected" : "none");
    if (!hostOrigin) return;
    let height = contentHeight();
    if (!hasSentReady.current) post({ sb: 1, type: "ready", height, title: title.slice(0, 200) });
    else post({ sb: 1, type: "resize", height });
    hasSentReady.current = true;
    const observer = new ResizeObserver(() => {
      const next = contentHeight();
      if (next === height) return;
      height = next;
      post({ sb: 1, type: "resize", height });
    });
    if (root) observer.observe(root);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) post({ sb: 1, type: "close" });
    };
    document.addEventListener("keydown", onKey);
    // The loader gives focus back to an open popup when this frame is behind it (protocol "focus").
    const onFocus = () => post({ sb: 1, type: "focus" });
    window.addEventListener("focus", onFocus);
    return () => {
      observer.disconnect();
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("focus", onFocus);
    };
  }, [hostOrigin, post, title]);

  const stepChanged = useCallback(
    (index: number) => {
      if (index === lastStep.current) return;
      lastStep.current = index;
      post({ sb: 1, type: "step", index });
    },
    [post],
  );
  return useMemo(() => ({ post, stepChanged }), [post, stepChanged]);
}
