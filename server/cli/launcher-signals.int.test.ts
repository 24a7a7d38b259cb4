// `npm start`, `npm run worker` and `npm run dev` used to run the app under the `tsx` command. Its
// supervisor relays SIGTERM/SIGINT to the app and, when the app has not confirmed the signal
// within 30 ms, relays it again and then sends SIGKILL: a busy app (every app on a loaded host)
// was killed mid-shutdown — in-flight jobs cut, and in development the embedded database's lock
// and CLI channel files left behind (seen with `kill -TERM -- -<npm's group>` at load ~30). The
// scripts now run Node itself with TypeScript loaded (`node --import tsx`). Here each long-running
// script's own launcher (from package.json, through `sh -c` as npm runs it) starts a process that
// is busy when the signal arrives, and the whole group gets the signal, as systemd, Docker or a
// terminal's Ctrl-C deliver it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "server/testing/fixtures/busy-process-stops-cleanly.ts");
const scripts = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
let tempDir: string;

beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-launcher-"));
});
afterAll(() => {
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});

/** The script's command with its entry file swapped for the fixture: "node --import tsx <fixture>". */
function launcherOf(script: string, entry: string): string {
  const command = scripts[script] ?? "";
  expect(command, `package.json script ${script}`).toContain(entry);
  return command.slice(0, command.indexOf(entry));
}

async function waitFor(file: string, child: { exitCode: number | null }): Promise<void> {
  await expect.poll(() => fs.existsSync(file) || child.exitCode !== null, { timeout: 60_000, interval: 50 }).toBe(true);
}

function exitOf(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code));
  });
}

describe.each([
  { script: "start", entry: "server/cli/serve.ts", signal: "SIGTERM" as const },
  { script: "worker", entry: "server/cli/worker.ts", signal: "SIGTERM" as const },
  { script: "dev", entry: "server/cli/serve.ts", signal: "SIGINT" as const },
])("npm run $script", ({ script, entry, signal }) => {
  it(`${signal} to the process group lets a busy app finish its shutdown`, async () => {
    const marker = path.join(tempDir, `${script}.stopped`);
    const ready = path.join(tempDir, `${script}.ready`);
    const command = `${launcherOf(script, entry)}${JSON.stringify(fixture)} ${JSON.stringify(marker)} ${JSON.stringify(ready)}`;
    const child = spawn("sh", ["-c", command], { cwd: root, detached: true, stdio: "ignore" });
    const exited = exitOf(child);
    try {
      await waitFor(ready, child);
      expect(fs.existsSync(ready), `${command} did not start`).toBe(true);
      process.kill(-child.pid!, signal);
      await exited;
      // The app's own process may outlive the shell: wait for the group to be gone.
      await expect.poll(() => {
        try {
          process.kill(-child.pid!, 0);
          return "running";
        } catch {
          return "gone";
        }
      }, { timeout: 60_000, interval: 50 }).toBe("gone");
      expect(fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : "killed before its shutdown finished").toBe(`stopped cleanly after ${signal}`);
    } finally {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* group already gone */
      }
    }
  }, 120_000);
});
