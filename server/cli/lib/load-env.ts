// Scripts load .env files the way Next.js does (.env, .env.local, .env.<mode>…) before env() is read.
import nextEnv from "@next/env";

export function loadEnvFiles(): void {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
}
