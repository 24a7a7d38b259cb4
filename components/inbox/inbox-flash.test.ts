// The inbox's one-time flash: what the lead page's "Return lead" said survives the navigation to
// the inbox, is said there once (a reload does not repeat it), and a stale or foreign one is not.
import { describe, expect, it } from "vitest";
import { INBOX_FLASH_KEY, INBOX_FLASH_TTL_MS, saveInboxFlash, takeInboxFlash } from "./inbox-flash";

/** A tab's sessionStorage: a plain in-memory store (the interface the browser gives). */
function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

const T0 = 1_796_000_000_000;
const TEXT = "Returned: the lead went to Maya Lopez, the next best rep.";

describe("the inbox flash", () => {
  it("carries the text to the next read, once", () => {
    const store = memoryStore();
    expect(saveInboxFlash(store, TEXT, T0)).toBe(true);
    expect(takeInboxFlash(store, T0 + 1_500)).toBe(TEXT);
    expect(takeInboxFlash(store, T0 + 1_600)).toBeNull();
    expect(store.items.size).toBe(0);
  });

  it.each<[string, string | null, number, string | null]>([
    ["nothing left", null, T0, null],
    ["fresh", JSON.stringify({ text: TEXT, at: T0 }), T0 + INBOX_FLASH_TTL_MS, TEXT],
    ["stale: the navigation never came", JSON.stringify({ text: TEXT, at: T0 }), T0 + INBOX_FLASH_TTL_MS + 1, null],
    ["from the future (clock moved)", JSON.stringify({ text: TEXT, at: T0 + 5_000 }), T0, null],
    ["not JSON", "Returned!", T0, null],
    ["no text", JSON.stringify({ at: T0 }), T0, null],
    ["blank text", JSON.stringify({ text: "  ", at: T0 }), T0, null],
    ["text not a string", JSON.stringify({ text: { html: "<b>x</b>" }, at: T0 }), T0, null],
    ["no time", JSON.stringify({ text: TEXT }), T0, null],
  ])("%s", (_what, raw, now, expected) => {
    const store = memoryStore(raw === null ? {} : { [INBOX_FLASH_KEY]: raw });
    expect(takeInboxFlash(store, now)).toBe(expected);
    expect(store.items.has(INBOX_FLASH_KEY)).toBe(false);
  });

  it("without storage (none, or blocked) saves nothing and reads nothing, without throwing", () => {
    const blocked = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => { throw new Error("QuotaExceededError"); }, removeItem: () => {} };
    expect(saveInboxFlash(null, TEXT, T0)).toBe(false);
    expect(saveInboxFlash(blocked, TEXT, T0)).toBe(false);
    expect(takeInboxFlash(null, T0)).toBeNull();
    expect(takeInboxFlash(blocked, T0)).toBeNull();
  });
});
