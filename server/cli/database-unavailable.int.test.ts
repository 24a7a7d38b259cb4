// M5: a start (its migrate step, server/cli/prepare-app.ts, which `npm start` runs first) or
// `npm run db:migrate` against a PostgreSQL server that is not there, or a database that does not
// exist, printed Prisma's schema-engine error with ~10 WASM stack lines. It says what is wrong in
// one "Switchboard cannot start: …" line now, like every other bad setting, without the password.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");
const PASSWORD = "hunter2-never-printed";

function run(script: string, databaseUrl: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("npm_") && !/^(NODE_ENV|DATABASE_URL|TEST_DATABASE_URL|SEED_ON_EMPTY)$/.test(key)),
  ) as NodeJS.ProcessEnv;
  Object.assign(env, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "s".repeat(32),
    CALENDAR_ENCRYPTION_KEY: "k".repeat(32),
    APP_URL: "https://leads.example.com",
    MAIL_TRANSPORT: "smtp",
    SMTP_URL: "smtp://127.0.0.1:1",
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, path.join(root, script)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stderr, stdout }));
  });
}

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function expectOneCleanLine(stderr: string, expected: string): void {
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toEqual([expected]);
  expect(stderr).not.toContain(PASSWORD);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe.each([
  ["the start's migrate step (npm start)", "server/cli/prepare-app.ts"],
  ["npm run db:migrate", "server/cli/db-migrate.ts"],
])("%s against a database it cannot use", (_name, script) => {
  it("nothing listening at the address: one line naming host:port, no stack, no password", async () => {
    const port = await closedPort();
    const { code, stderr } = await run(script, `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/x`);
    expect(code).toBe(1);
    expectOneCleanLine(stderr, `Switchboard cannot start: cannot reach the database in DATABASE_URL (127.0.0.1:${port}): connection refused (is PostgreSQL running there?)`);
  });

  // Needs a PostgreSQL server to ask: the PostgreSQL lane (TEST_DATABASE_URL) runs it.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("a database name the server does not have: one line saying to create it", async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.password = PASSWORD;
    url.pathname = "/switchboard_no_such_db";
    const { code, stderr } = await run(script, url.toString());
    expect(code).toBe(1);
    // The password is wrong too, but the server answers "no such database" first (trust auth on
    // loopback) or refuses the login: either way one clean line.
    const line = stderr.trim();
    expect(line).toMatch(/^Switchboard cannot start: (database "switchboard_no_such_db" does not exist on .+ — create it first \(createdb switchboard_no_such_db\)|the database server at .+ refused user)/);
    expectOneCleanLine(stderr, line);
  });
});
