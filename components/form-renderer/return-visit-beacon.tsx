"use client";
// On a form page reached through a nurture email's tracked link (?sb_rv=<signed token>), reports
// the return visit once; the server checks the token and counts it once per email.
import { useEffect } from "react";

export function ReturnVisitBeacon({ token, slug }: { token: string; slug: string }) {
  useEffect(() => {
    void fetch(`/n/r/${encodeURIComponent(token)}?slug=${encodeURIComponent(slug)}`, { method: "POST", keepalive: true, credentials: "omit" }).catch(() => undefined);
  }, [token, slug]);
  return null;
}
