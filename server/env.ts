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
  APP_URL: z.url().default("http://localhost:3000"),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default("Switchboard <notifications@switchboard.local>"),
  JOBS_IN_PROCESS: ZBoolean.default(true),
  SEED_ON_EMPTY: ZBoolean.default(true),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type TEnv = z.infer<typeof ZEnv>;

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
  const env = result.data;
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new ConfigError(
      "Switchboard cannot start: AUTH_SECRET is required in production (at least 32 characters; try: openssl rand -base64 32)",
    );
  }
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
