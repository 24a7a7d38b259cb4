// The only reader of process.env. Validated once with zod; a bad value stops the app with a
// message that names the variable. See README "Configuration" for every variable.
import { z } from "zod";

const ZBoolean = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  /** The public URL; every link in every email is built from it. Required in production. */
  APP_URL: z.url().optional(),
  /** The port the server listens on (server/cli/serve.ts sets it from -p); development APP_URL. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** How many proxies in front of the app append to X-Forwarded-For (0: clients connect directly). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default("Switchboard <notifications@switchboard.local>"),
  JOBS_IN_PROCESS: ZBoolean.default(true),
  SEED_ON_EMPTY: ZBoolean.default(true),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type TEnv = Omit<z.infer<typeof ZEnv>, "APP_URL"> & { APP_URL: string };

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Switchboard cannot start: invalid configuration\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  const missing: string[] = [];
  if (parsed.NODE_ENV === "production" && !parsed.AUTH_SECRET) {
    missing.push("AUTH_SECRET is required in production (at least 32 characters; try: openssl rand -base64 32)");
  }
  if (parsed.NODE_ENV === "production" && !parsed.APP_URL) {
    missing.push("APP_URL is required in production (the public URL people open, e.g. https://switchboard.example.com; every email link is built from it)");
  }
  if (missing.length) throw new ConfigError(missing.map((line) => `Switchboard cannot start: ${line}`).join("\n"));
  // Development: the port in use (npm run dev -- -p 3917 → http://localhost:3917).
  const env: TEnv = { ...parsed, APP_URL: (parsed.APP_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, "") };
  return env;
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Version shown by /api/health; npm sets npm_package_version when started through npm. */
export function appVersion(): string {
  return process.env.npm_package_version ?? "0.1.0";
}
