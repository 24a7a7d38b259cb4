// Issue 8 item 17: without Chromium, `npm test` used to fail every e2e test one by one after a
// full build. The harness now checks for a browser first and fails the stage with one line.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");

it("npm run test:e2e without Chromium fails at once with one line saying how to get a browser", async () => {
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium", PATH: "/nonexistent-bin", E2E_SKIP_BUILD: "" };
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [tsxBin, path.join(root, "server/cli/e2e.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (exitCode) => resolve({ code: exitCode, output }));
  });
  const lines = output.split("\n").filter((line) => line.trim() !== "");
  expect(code).toBe(1);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("apt-get install chromium");
  expect(lines[0]).toContain("npx playwright install chromium");
  expect(lines[0]).toContain("CHROMIUM_PATH");
  expect(Date.now() - started).toBeLessThan(30_000); // no build, no server: it stops before both
}, 60_000);
