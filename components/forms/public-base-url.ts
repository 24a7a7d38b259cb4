// The address prospects use for hosted forms: the origin this request came in on (what the
// marketer sees in the address bar, behind a proxy the forwarded host), else APP_URL.
import { headers } from "next/headers";
import { env } from "@/server/env";

export async function publicBaseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return env().APP_URL.replace(/\/+$/, "");
  const isLocal = host.startsWith("localhost") || host.startsWith("127.");
  const proto = h.get("x-forwarded-proto") ?? (isLocal ? "http" : "https");
  return `${proto}://${host}`;
}
