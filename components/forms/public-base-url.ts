// The address prospects use for hosted forms and embeds: APP_URL, the one public URL (never the
// request's Host, which a proxy or a forged header may change).
import { env } from "@/server/env";

export async function publicBaseUrl(): Promise<string> {
  return env().APP_URL;
}
