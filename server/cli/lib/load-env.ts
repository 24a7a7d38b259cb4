// Scripts load .env files the way Next.js does (.env, .env.local, .env.<mode>…) before env() is read.
import nextEnv from "@next/env";
import type { TEnv } from "../../env";

export function loadEnvFiles(): void {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
}

/** The .env files loaded, then the validated configuration; a bad one prints its message (no stack) and exits 1. */
export async function loadConfigOrExit(): Promise<TEnv> {
  loadEnvFiles();
  const { env, ConfigError } = await import("../../env");
  try {
    return env();
  } catch (error) {
    console.error(error instanceof ConfigError ? `\n${error.message}\n` : error);
    process.exit(1);
  }
}

