// Which Chromium the e2e tests launch: CHROMIUM_PATH when set (it must exist), else a system
// Chromium (/usr/bin/chromium, chromium-browser on PATH…), else Playwright's own download.
// Without one the e2e stage fails at once with a single line that says how to get a browser.
import fs from "node:fs";
import path from "node:path";

export const NO_CHROMIUM_HELP =
  "install one (Debian/Ubuntu: apt-get install chromium; where downloads work: npx playwright install chromium) or set CHROMIUM_PATH=/path/to/chromium";

export interface TChromiumLookup {
  chromiumPath?: string;
  /** PATH-style list of folders. */
  searchPath?: string;
  /** Playwright's own browser (playwright-core's chromium.executablePath()), if it knows one. */
  playwrightPath?: string;
  isExecutable?: (file: string) => boolean;
}

export type TChromiumResult = { found: string } | { error: string };

function defaultIsExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];
const FIXED = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

export function findChromium(lookup: TChromiumLookup): TChromiumResult {
  const isExecutable = lookup.isExecutable ?? defaultIsExecutable;
  if (lookup.chromiumPath) {
    return isExecutable(lookup.chromiumPath)
      ? { found: lookup.chromiumPath }
      : { error: `CHROMIUM_PATH=${lookup.chromiumPath} is not an executable browser: ${NO_CHROMIUM_HELP}` };
  }
  const onPath = (lookup.searchPath ?? "").split(path.delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => path.join(dir, name)));
  const candidates = [...FIXED, ...onPath, ...(lookup.playwrightPath ? [lookup.playwrightPath] : [])];
  const found = candidates.find((file) => isExecutable(file));
  return found ? { found } : { error: `No Chromium found for the e2e tests: ${NO_CHROMIUM_HELP}` };
}
