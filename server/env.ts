// The only reader of process.env. Validated once with zod; a bad value stops the app with a
// message that names the variable. See README "Configuration" for every variable.
import { z } from "zod";

const ZBoolean = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

/** A whole number in [min, max], from its digits only; the message says what is expected and what came. */
function ZWholeNumber(min: number, max: number) {
  const expected = max >= 1_000_000_000 ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`;
  return z.string().transform((raw, ctx) => {
    const text = raw.trim();
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: "custom", message: `must be ${expected}, got ${JSON.stringify(raw)}` });
      return z.NEVER;
    }
    return value;
  });
}

const ZLimit = ZWholeNumber(1, 1_000_000_000);

/**
 * The site's origin (scheme, host, port): the app has no base path, so a path would make every
 * printed and emailed link 404. A trailing slash alone is fine.
 */
const ZAppUrl = z.string().transform((raw, ctx) => {
  const example = "e.g. https://leads.example.com";
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.host) {
    ctx.addIssue({ code: "custom", message: `must be the site's address starting with https:// or http://, ${example} (got ${JSON.stringify(raw)})` });
    return z.NEVER;
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    ctx.addIssue({ code: "custom", message: `must be the site's origin, without a path: ${url.origin} (got ${JSON.stringify(raw)}; the app is served from the root)` });
    return z.NEVER;
  }
  return url.origin;
});

/** An http(s) URL, with a message in words. */
function ZHttpUrl(example: string) {
  return z.url({ protocol: /^https?$/, error: `must be an http:// or https:// URL, e.g. ${example}` });
}

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  /** The public URL; every link in every email is built from it. Required in production. */
  APP_URL: ZAppUrl.optional(),
  /** The port the server listens on (server/cli/serve.ts sets it from -p); development APP_URL. */
  PORT: ZWholeNumber(1, 65535).default(3000),
  /** How many proxies in front of the app append to X-Forwarded-For (0: clients connect directly). */
  TRUSTED_PROXY_HOPS: ZWholeNumber(0, 10).default(0),
  MAIL_TRANSPORT: z.enum(["resend", "smtp"]).optional(),
  /** Auth.js may take its URL from Host / X-Forwarded-Host (default: development only). */
  AUTH_TRUST_HOST: ZBoolean.optional(),
  // Rate limits (server/services/rate-limit/rate-limits.ts; README "Configuration").
  RATE_LIMIT_API_KEY_PER_MINUTE: ZLimit.default(6000),
  RATE_LIMIT_FORM_SUBMISSIONS_PER_10_MIN: ZLimit.default(20),
  RATE_LIMIT_FORM_READS_PER_MINUTE: ZLimit.default(120),
  RATE_LIMIT_SIGN_IN_PER_15_MIN: ZLimit.default(10),
  RATE_LIMIT_EMAILS_PER_RECIPIENT_PER_HOUR: ZLimit.default(5),
  RATE_LIMIT_EMAILS_PER_ADDRESS_PER_HOUR: ZLimit.default(30),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: ZHttpUrl("https://api.resend.com").optional(),
  /** Verifies Resend's signed webhooks (bounces and complaints of nurture email), whsec_… as Resend shows it. */
  RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Switchboard <notifications@switchboard.local>"),
  JOBS_IN_PROCESS: ZBoolean.default(true),
  /** Wake job workers by LISTEN/NOTIFY at commit (false behind PgBouncer in transaction-pooling mode: poll every 0.5–2 s instead). */
  JOBS_LISTEN_NOTIFY: ZBoolean.default(true),
  /** Unset → true in development, false in production (where true is refused). */
  SEED_ON_EMPTY: ZBoolean.optional(),
  /** The demo seed adds ~90 days of analytics history (prisma/seed/history); test kits set false. */
  SEED_HISTORY: ZBoolean.default(true),
  DB_POOL_SIZE: ZWholeNumber(1, 100).default(10),
  /**
   * Encrypts calendar credentials at rest (CalDAV app passwords, secret ICS feed URLs).
   * Required in production; development writes one to .env.local (server/cli/prepare-app.ts).
   */
  CALENDAR_ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  /**
   * Let server-side fetches of user-given URLs (webhooks, calendars) reach private, loopback and
   * link-local addresses. Unset → true in development (a receiver on 127.0.0.1 works out of the
   * box), false in production and test (the SSRF guard stays on).
   */
  OUTBOUND_ALLOW_PRIVATE: ZBoolean.optional(),
  /** The first webhook retry's delay in ms, doubled per attempt (12 attempts: ~24 h at 60 s); tests set a few ms. */
  WEBHOOK_RETRY_BASE_MS: ZWholeNumber(1, 3_600_000).default(60_000),
  /**
   * Turns on the test clock (server/time/clock.ts, POST /api/test-clock with this bearer token).
   * Only `npm run test:e2e` sets it, with a random value per run; never set it in a deployment.
   */
  TEST_CLOCK_TOKEN: z.string().min(32, "must be at least 32 characters (the e2e harness generates one)").optional(),
  /**
   * Turns on POST /api/bench-floor (one insert into the bench's own table, this bearer token):
   * the HTTP benchmark's floor. Only `npm run bench` sets it, with a random value per run.
   */
  BENCH_FLOOR_TOKEN: z.string().min(32, "must be at least 32 characters (the benchmark generates one)").optional(),
  /** Port of the sample host page (npm run embed:demo), on 127.0.0.1. */
  EMBED_DEMO_PORT: ZWholeNumber(1, 65535).default(3100),
});

export type TEnv = Omit<z.infer<typeof ZEnv>, "APP_URL" | "SEED_ON_EMPTY" | "AUTH_TRUST_HOST" | "OUTBOUND_ALLOW_PRIVATE"> & {
  APP_URL: string;
  SEED_ON_EMPTY: boolean;
  AUTH_TRUST_HOST: boolean;
  OUTBOUND_ALLOW_PRIVATE: boolean;
};

/** How mail leaves the app: "dev" keeps it in the dev mailbox (development only). */
export type TMailTransport = "resend" | "smtp" | "dev";

/**
 * MAIL_TRANSPORT when set; otherwise resend when RESEND_API_KEY is set, smtp when SMTP_URL is
 * set, else the dev mailbox. parseEnv refuses "dev" in production.
 */
export function resolveMailTransport(env: Pick<TEnv, "MAIL_TRANSPORT" | "RESEND_API_KEY" | "SMTP_URL">): TMailTransport {
  if (env.MAIL_TRANSPORT) return env.MAIL_TRANSPORT;
  if (env.RESEND_API_KEY) return "resend";
  if (env.SMTP_URL) return "smtp";
  return "dev";
}

const MAIL_HELP =
  "set MAIL_TRANSPORT=smtp with SMTP_URL=smtp://user:pass@mail.example.com:587 (smtps:// for TLS), or MAIL_TRANSPORT=resend with RESEND_API_KEY";

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
  const isProduction = parsed.NODE_ENV === "production";
  const missing: string[] = [];
  if (isProduction && !parsed.AUTH_SECRET) {
    missing.push("AUTH_SECRET is required in production (at least 32 characters; try: openssl rand -base64 32)");
  }
  if (isProduction && !parsed.CALENDAR_ENCRYPTION_KEY) {
    missing.push("CALENDAR_ENCRYPTION_KEY is required in production (encrypts calendar credentials; at least 32 characters; try: openssl rand -base64 32)");
  }
  if (isProduction && !parsed.APP_URL) {
    missing.push("APP_URL is required in production (the public URL people open, e.g. https://switchboard.example.com; every email link is built from it)");
  }
  if (parsed.MAIL_TRANSPORT === "resend" && !parsed.RESEND_API_KEY) missing.push("MAIL_TRANSPORT=resend needs RESEND_API_KEY");
  if (parsed.MAIL_TRANSPORT === "smtp" && !parsed.SMTP_URL) {
    missing.push("MAIL_TRANSPORT=smtp needs SMTP_URL (e.g. smtp://user:pass@mail.example.com:587, smtps:// for TLS)");
  }
  if (isProduction && resolveMailTransport(parsed) === "dev") {
    missing.push(`no way to send mail in production (sign-in links and invites are emailed): ${MAIL_HELP}`);
  }
  if (isProduction && parsed.SEED_ON_EMPTY === true) {
    missing.push(
      "SEED_ON_EMPTY=true is refused in production (the demo accounts share a public password). " +
        "Remove it; create the first owner at /setup or with npm run create-owner (npm run db:seed -- --allow-production still seeds on purpose).",
    );
  }
  if (missing.length) throw new ConfigError(missing.map((line) => `Switchboard cannot start: ${line}`).join("\n"));
  // Development: the port in use (npm run dev -- -p 3917 → http://localhost:3917).
  const env: TEnv = {
    ...parsed,
    APP_URL: (parsed.APP_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, ""),
    SEED_ON_EMPTY: parsed.SEED_ON_EMPTY ?? !isProduction,
    AUTH_TRUST_HOST: parsed.AUTH_TRUST_HOST ?? !isProduction,
    // Development only (not "not production"): tests keep the guard on unless they lift it.
    OUTBOUND_ALLOW_PRIVATE: parsed.OUTBOUND_ALLOW_PRIVATE ?? parsed.NODE_ENV === "development",
  };
  return env;
}

/**
 * The embed demo's origin (npm run embed:demo), which the seeded demo form allows — in
 * development only: a production database never trusts a local page to frame its forms.
 */
export function devEmbedDemoOrigins(config: Pick<TEnv, "NODE_ENV" | "EMBED_DEMO_PORT">): string[] {
  return config.NODE_ENV === "development" ? [`http://127.0.0.1:${config.EMBED_DEMO_PORT}`] : [];
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Auth.js reads AUTH_URL from process.env itself. Unless AUTH_TRUST_HOST is on, it is pinned to
 * APP_URL, so Auth.js never builds a URL (magic links, redirects) from the request's Host or
 * X-Forwarded-Host. With AUTH_TRUST_HOST on (development default; behind a proxy serving several
 * host names) Auth.js follows the request's host; email links are still built on APP_URL.
 */
export function pinAuthJsUrl(config: TEnv = env()): void {
  delete process.env.NEXTAUTH_URL;
  if (config.AUTH_TRUST_HOST) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = config.APP_URL;
}

/** Version shown by /api/health; npm sets npm_package_version when started through npm. */
export function appVersion(): string {
  return process.env.npm_package_version ?? "0.1.0";
}
