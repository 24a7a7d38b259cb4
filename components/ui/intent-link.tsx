"use client";
// A link that prefetches only once the user shows intent (pointer over it, keyboard focus, a
// finger landing on it), the Next.js guide's hover-triggered prefetch. The dashboard's pages are
// dynamic: Next's default prefetches every link as it enters the viewport, so each full page load
// asked the server for one partial render per visible nav link (14–15) and per row of a list
// (50 leads) — measured: ~300 of ~410 requests of one e2e journey, all for pages not opened, each
// running the dashboard layout's membership checks. With intent, a click still finds its route
// prefetched (hover and focus come first) and a page view costs only the links reached for.
import Link from "next/link";
import { useState, type ComponentProps } from "react";

type TIntentLinkProps = Omit<ComponentProps<typeof Link>, "prefetch">;

export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: TIntentLinkProps) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null: Next's default prefetch, from the moment of intent; false: none before it.
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
