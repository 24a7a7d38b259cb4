"use client";
// Drops a one-time notice's flag (?moved=1, ?taken=1) from the address once the page shows the
// notice, without a reload (notice-flag.ts says what stays). The notice itself is rendered on the
// server, so without JavaScript it still shows (and the flag stays).
//
// history.replaceState with a null state: Next.js patches it to keep its router's URL in step (its
// own history state is copied over). The patch is installed by the App Router's effect, which runs
// after this component's on hydration (a child's effects run first; vercel/next.js#72322), so the
// call waits for the next task — else the router keeps the old address and puts it back later.
import { useEffect } from "react";
import { addressWithoutFlag } from "./notice-flag";

export function DropNoticeFlag({ name }: { name: string }) {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const address = addressWithoutFlag(window.location.href, name);
      if (address !== null) window.history.replaceState(null, "", address);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [name]);
  return null;
}
