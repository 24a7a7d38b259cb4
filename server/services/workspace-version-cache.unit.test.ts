import { describe, expect, it } from "vitest";
import { workspaceVersionCache } from "./workspace-version-cache";

type TValue = { version: number; label: string };

let caches = 0;
/** A cache of its own per test (another global key). */
const freshCache = () => workspaceVersionCache<TValue>(`__switchboardTestCache${++caches}`, (value) => value.version);

describe("workspaceVersionCache", () => {
  it.each([
    { name: "nothing held: the value is kept", held: null, offered: 3, kept: 3 },
    { name: "an older version held: replaced", held: 2, offered: 3, kept: 3 },
    { name: "the same version held: replaced (a reload at that version)", held: 3, offered: 3, kept: 3 },
    { name: "a newer version held: it stays", held: 4, offered: 3, kept: 4 },
  ])("$name", ({ held, offered, kept }) => {
    const cache = freshCache();
    if (held !== null) cache.hold("w1", { version: held, label: `held ${held}` });
    cache.hold("w1", { version: offered, label: `offered ${offered}` });
    expect(cache.held("w1")?.version).toBe(kept);
  });

  it("keeps workspaces apart and forgets one", () => {
    const cache = freshCache();
    cache.hold("w1", { version: 1, label: "a" });
    cache.hold("w2", { version: 9, label: "b" });
    cache.forget("w1");
    expect(cache.held("w1")).toBeUndefined();
    expect(cache.held("w2")?.label).toBe("b");
  });

  it("is one cache per process for one key (every bundle layer shares it)", () => {
    const key = `__switchboardTestCache${++caches}`;
    const first = workspaceVersionCache<TValue>(key, (value) => value.version);
    const second = workspaceVersionCache<TValue>(key, (value) => value.version);
    first.hold("w1", { version: 1, label: "shared" });
    expect(second.held("w1")?.label).toBe("shared");
  });

  it("holds at most 1,000 workspaces: the least recently stored goes first", () => {
    const cache = freshCache();
    for (let i = 0; i < 1_000; i++) cache.hold(`w${i}`, { version: 1, label: `${i}` });
    cache.hold("w0", { version: 2, label: "stored again" }); // w0 is now the most recent
    cache.hold("w1000", { version: 1, label: "one more" });
    expect(cache.held("w1")).toBeUndefined();
    expect(cache.held("w0")?.label).toBe("stored again");
    expect(cache.held("w2")?.label).toBe("2");
    expect(cache.held("w1000")?.label).toBe("one more");
  });
});
