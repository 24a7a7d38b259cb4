import { describe, expect, it } from "vitest";
import { ConfigError, devEmbedDemoOrigins, parseEnv, resolveMailTransport } from "./env";

const secret = "x".repeat(32);

describe("parseEnv", () => {
  it("defaults to the embedded database, dev mail and in-process jobs", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PGLITE_DIR: ".data/pglite", JOBS_IN_PROCESS: true, JOBS_LISTEN_NOTIFY: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", RESEND_API_KEY: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL: must be a postgres:// or postgresql:// connection string"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET: must be at least 32 characters"],
    [{ APP_URL: "not a url" }, "APP_URL"],
    [{ JOBS_IN_PROCESS: "maybe" }, "JOBS_IN_PROCESS"],
    [{ JOBS_LISTEN_NOTIFY: "sometimes" }, "JOBS_LISTEN_NOTIFY"],
    [{ DB_POOL_SIZE: "0" }, "DB_POOL_SIZE"],
    [{ NODE_ENV: "production" }, "AUTH_SECRET is required in production"],
    [{ NODE_ENV: "production", AUTH_SECRET: secret }, "APP_URL is required in production"],
    [{ NODE_ENV: "production", AUTH_SECRET: secret }, "CALENDAR_ENCRYPTION_KEY is required in production"],
    [{ CALENDAR_ENCRYPTION_KEY: "short" }, "CALENDAR_ENCRYPTION_KEY: must be at least 32 characters"],
    [{ OUTBOUND_ALLOW_PRIVATE: "yes" }, "OUTBOUND_ALLOW_PRIVATE"],
    [{ TRUSTED_PROXY_HOPS: "-1" }, "TRUSTED_PROXY_HOPS"],
    [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL: must be an smtp:// or smtps:// URL"],
    [{ MAIL_TRANSPORT: "sendmail" }, "MAIL_TRANSPORT"],
    [{ MAIL_TRANSPORT: "resend" }, "MAIL_TRANSPORT=resend needs RESEND_API_KEY"],
    [{ MAIL_TRANSPORT: "smtp", RESEND_API_KEY: "re_1" }, "MAIL_TRANSPORT=smtp needs SMTP_URL"],
  ])("%o is refused naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  // What a self-hoster reads when a value is wrong: in words, with what was given (L4, L11).
  it.each([
    [{ TRUSTED_PROXY_HOPS: "abc" }, 'TRUSTED_PROXY_HOPS: must be a whole number from 0 to 10, got "abc"'],
    [{ TRUSTED_PROXY_HOPS: "1.5" }, 'TRUSTED_PROXY_HOPS: must be a whole number from 0 to 10, got "1.5"'],
    [{ TRUSTED_PROXY_HOPS: "11" }, 'TRUSTED_PROXY_HOPS: must be a whole number from 0 to 10, got "11"'],
    [{ RATE_LIMIT_API_KEY_PER_MINUTE: "lots" }, 'RATE_LIMIT_API_KEY_PER_MINUTE: must be a whole number ≥ 1, got "lots"'],
    [{ RATE_LIMIT_SIGN_IN_PER_15_MIN: "0" }, 'RATE_LIMIT_SIGN_IN_PER_15_MIN: must be a whole number ≥ 1, got "0"'],
    [{ PORT: "http" }, 'PORT: must be a whole number from 1 to 65535, got "http"'],
    [{ DB_POOL_SIZE: "ten" }, 'DB_POOL_SIZE: must be a whole number from 1 to 100, got "ten"'],
    [{ APP_URL: "leads.example.com" }, 'APP_URL: must be the site\'s address starting with https:// or http://, e.g. https://leads.example.com (got "leads.example.com")'],
    [{ APP_URL: "ftp://leads.example.com" }, "APP_URL: must be the site's address starting with https:// or http://"],
    [{ APP_URL: "https://x.example.com/app/" }, "APP_URL: must be the site's origin, without a path: https://x.example.com"],
    [{ APP_URL: "https://x.example.com/app" }, "APP_URL: must be the site's origin, without a path: https://x.example.com"],
    [{ APP_URL: "https://x.example.com/?a=1" }, "APP_URL: must be the site's origin, without a path: https://x.example.com"],
    [{ RESEND_BASE_URL: "resend" }, "RESEND_BASE_URL: must be an http:// or https:// URL"],
  ])("%o is refused saying in words what is expected", (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError);
    expect(() => parseEnv(source)).toThrow(message);
    expect(() => parseEnv(source)).not.toThrow(/NaN|Invalid URL|expected number/);
  });

  it.each([
    ["https://x.example.com/", "https://x.example.com"],
    ["https://x.example.com", "https://x.example.com"],
    ["http://127.0.0.1:3994/", "http://127.0.0.1:3994"],
  ])("APP_URL %s (the origin, a trailing slash alone is fine) is used as %s", (appUrl, expected) => {
    expect(parseEnv({ APP_URL: appUrl }).APP_URL).toBe(expected);
  });

  it("whole numbers are read from their digits", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2", RATE_LIMIT_API_KEY_PER_MINUTE: " 100 ", PORT: "3994" })).toMatchObject({ TRUSTED_PROXY_HOPS: 2, RATE_LIMIT_API_KEY_PER_MINUTE: 100, PORT: 3994 });
  });

  it("accepts a full production configuration", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, CALENDAR_ENCRYPTION_KEY: secret, APP_URL: "https://leads.example.com/", DATABASE_URL: "postgresql://u@h:5432/db", JOBS_IN_PROCESS: "false", RESEND_API_KEY: "re_123" });
    expect(env).toMatchObject({ JOBS_IN_PROCESS: false, DATABASE_URL: "postgresql://u@h:5432/db", RESEND_API_KEY: "re_123", SEED_ON_EMPTY: false });
    expect(resolveMailTransport(env)).toBe("resend");
  });

  it("attack: a production start with no way to send mail would keep sign-in links in a public mailbox — refused, naming what to set", () => {
    for (const source of [
      { NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://leads.example.com" },
      { NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://leads.example.com", MAIL_TRANSPORT: "resend" },
      { NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://leads.example.com", MAIL_TRANSPORT: "smtp" },
    ]) {
      expect(() => parseEnv(source)).toThrow(ConfigError);
      expect(() => parseEnv(source)).toThrow(/MAIL_TRANSPORT.*(RESEND_API_KEY|SMTP_URL)|(RESEND_API_KEY|SMTP_URL)/);
    }
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://leads.example.com" })).toThrow(
      /MAIL_TRANSPORT=smtp with SMTP_URL=.*MAIL_TRANSPORT=resend with RESEND_API_KEY/,
    );
  });

  it.each([
    [{}, "dev"],
    [{ RESEND_API_KEY: "re_1" }, "resend"],
    [{ SMTP_URL: "smtp://mail.example.com:587" }, "smtp"],
    [{ MAIL_TRANSPORT: "smtp", SMTP_URL: "smtps://u:p@mail.example.com", RESEND_API_KEY: "re_1" }, "smtp"],
    [{ NODE_ENV: "production", AUTH_SECRET: secret, CALENDAR_ENCRYPTION_KEY: secret, APP_URL: "https://leads.example.com", MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://u:p@mail.example.com:587" }, "smtp"],
  ])("mail transport of %o is %s", (source, transport) => {
    expect(resolveMailTransport(parseEnv(source))).toBe(transport);
  });

  it("attack: SEED_ON_EMPTY=true on a production start would create owners with the public demo password — refused", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: secret, CALENDAR_ENCRYPTION_KEY: secret, APP_URL: "https://leads.example.com", SMTP_URL: "smtp://mail.example.com" };
    expect(() => parseEnv({ ...production, SEED_ON_EMPTY: "true" })).toThrow(/SEED_ON_EMPTY=true is refused in production/);
    expect(parseEnv(production).SEED_ON_EMPTY).toBe(false);
    expect(parseEnv({ ...production, SEED_ON_EMPTY: "false" }).SEED_ON_EMPTY).toBe(false);
    expect(parseEnv({}).SEED_ON_EMPTY).toBe(true);
    expect(parseEnv({ SEED_ON_EMPTY: "false" }).SEED_ON_EMPTY).toBe(false);
  });

  // A developer's receiver on 127.0.0.1 works in `npm run dev`; production and test keep the SSRF guard on.
  it.each([
    [{}, true],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "development", OUTBOUND_ALLOW_PRIVATE: "false" }, false],
    [{ NODE_ENV: "development", OUTBOUND_ALLOW_PRIVATE: "0" }, false],
    [{ NODE_ENV: "test" }, false],
    [{ NODE_ENV: "test", OUTBOUND_ALLOW_PRIVATE: "true" }, true],
    [{ NODE_ENV: "production", AUTH_SECRET: secret, CALENDAR_ENCRYPTION_KEY: secret, APP_URL: "https://leads.example.com", SMTP_URL: "smtp://mail.example.com" }, false],
    [{ NODE_ENV: "production", AUTH_SECRET: secret, CALENDAR_ENCRYPTION_KEY: secret, APP_URL: "https://leads.example.com", SMTP_URL: "smtp://mail.example.com", OUTBOUND_ALLOW_PRIVATE: "true" }, true],
  ])("OUTBOUND_ALLOW_PRIVATE of %o is %s", (source, allowed) => {
    expect(parseEnv(source).OUTBOUND_ALLOW_PRIVATE).toBe(allowed);
  });

  it("links in development emails point at the port in use (APP_URL defaults to localhost:<PORT>)", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3917" }).APP_URL).toBe("http://localhost:3917");
    expect(parseEnv({ PORT: "3917", APP_URL: "https://dev.example.com/" }).APP_URL).toBe("https://dev.example.com");
  });
});

describe("devEmbedDemoOrigins", () => {
  it.each([
    ["development, default port", { NODE_ENV: "development" }, ["http://127.0.0.1:3100"]],
    ["development, EMBED_DEMO_PORT", { NODE_ENV: "development", EMBED_DEMO_PORT: "4100" }, ["http://127.0.0.1:4100"]],
    ["test", { NODE_ENV: "test" }, []],
    ["attack: production would let a local page frame the demo form", { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), CALENDAR_ENCRYPTION_KEY: "x".repeat(32), APP_URL: "https://forms.example.com", RESEND_API_KEY: "re_x" }, []],
  ])("%s", (_name, source, expected) => {
    expect(devEmbedDemoOrigins(parseEnv(source))).toEqual(expected);
  });
});
