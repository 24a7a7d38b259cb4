import { describe, expect, it } from "vitest";
import { findChromium } from "./find-chromium";

const only = (...files: string[]) => (file: string) => files.includes(file);

describe("findChromium", () => {
  it.each([
    [{ chromiumPath: "/opt/chrome/chrome", isExecutable: only("/opt/chrome/chrome", "/usr/bin/chromium") }, "/opt/chrome/chrome"],
    [{ isExecutable: only("/usr/bin/chromium") }, "/usr/bin/chromium"],
    [{ searchPath: "/bin:/usr/local/bin", isExecutable: only("/usr/local/bin/chromium-browser") }, "/usr/local/bin/chromium-browser"],
    [{ playwrightPath: "/root/.cache/ms-playwright/chrome", isExecutable: only("/root/.cache/ms-playwright/chrome") }, "/root/.cache/ms-playwright/chrome"],
  ])("%o → %s", (lookup, expected) => {
    expect(findChromium(lookup)).toEqual({ found: expected });
  });

  it("without a browser: one line saying how to get one", () => {
    const result = findChromium({ searchPath: "/bin", playwrightPath: "/nope", isExecutable: only() });
    expect(result).toEqual({ error: expect.stringContaining("apt-get install chromium") });
    const message = (result as { error: string }).error;
    expect(message).toContain("npx playwright install chromium");
    expect(message).toContain("CHROMIUM_PATH");
    expect(message.split("\n")).toHaveLength(1);
  });

  it("a CHROMIUM_PATH that points nowhere is an error, not a silent fallback", () => {
    expect(findChromium({ chromiumPath: "/nonexistent", isExecutable: only("/usr/bin/chromium") })).toEqual({
      error: expect.stringContaining("CHROMIUM_PATH=/nonexistent is not an executable browser"),
    });
  });
});
