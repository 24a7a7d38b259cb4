import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

const secret = "x".repeat(32);

describe("parseEnv", () => {
  it("defaults to the embedded database, dev mail and in-process jobs", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PGLITE_DIR: ".data/pglite", JOBS_IN_PROCESS: true });
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
    [{ DB_POOL_SIZE: "0" }, "DB_POOL_SIZE"],
    [{ NODE_ENV: "production" }, "AUTH_SECRET is required in production"],
    [{ NODE_ENV: "production", AUTH_SECRET: secret }, "APP_URL is required in production"],
    [{ TRUSTED_PROXY_HOPS: "-1" }, "TRUSTED_PROXY_HOPS"],
  ])("%o is refused naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError);
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("accepts a full production configuration", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, APP_URL: "https://leads.example.com/", DATABASE_URL: "postgresql://u@h:5432/db", JOBS_IN_PROCESS: "false", RESEND_API_KEY: "re_123" });
    expect(env).toMatchObject({ JOBS_IN_PROCESS: false, DATABASE_URL: "postgresql://u@h:5432/db", RESEND_API_KEY: "re_123" });
  });

  it("links in development emails point at the port in use (APP_URL defaults to localhost:<PORT>)", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3917" }).APP_URL).toBe("http://localhost:3917");
    expect(parseEnv({ PORT: "3917", APP_URL: "https://dev.example.com/" }).APP_URL).toBe("https://dev.example.com");
  });
});
