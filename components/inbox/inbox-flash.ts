// A one-time confirmation carried to the inbox across a navigation ("flash"): the lead page's
// "Return lead" sends the rep to their inbox, and the page it left — where the confirmation was
// shown — is gone. Kept in the tab's sessionStorage, not the address: a link cannot make the inbox
// say something (the text is ours, from the mutation's result), and a reload or Back does not say
// it again (taking it removes it). Only text: the inbox renders it as text.
export const INBOX_FLASH_KEY = "switchboard.inbox-flash";
/** A flash older than this (the navigation never happened, the tab was left) is dropped. */
export const INBOX_FLASH_TTL_MS = 60_000;

type TStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Leaves `text` for the inbox's next render in this tab. False when the browser keeps no storage (private modes). */
export function saveInboxFlash(store: TStore | null, text: string, nowMs: number): boolean {
  try {
    store?.setItem(INBOX_FLASH_KEY, JSON.stringify({ text, at: nowMs }));
    return Boolean(store);
  } catch {
    return false;
  }
}

/** The flash left for the inbox, once: it is removed as it is read. Null when none, stale or unreadable. */
export function takeInboxFlash(store: TStore | null, nowMs: number): string | null {
  try {
    const raw = store?.getItem(INBOX_FLASH_KEY) ?? null;
    if (raw === null) return null;
    store?.removeItem(INBOX_FLASH_KEY);
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { text, at } = value as { text?: unknown; at?: unknown };
    if (typeof text !== "string" || text.trim() === "" || typeof at !== "number") return null;
    return nowMs - at >= 0 && nowMs - at <= INBOX_FLASH_TTL_MS ? text : null;
  } catch {
    return null;
  }
}

/** The tab's sessionStorage, or null where there is none (the server, storage blocked). */
export function sessionStore(): TStore | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** Leaves `text` for the inbox in this tab's sessionStorage, now (the lead page, before it navigates there). */
export function flashToInbox(text: string): boolean {
  return saveInboxFlash(sessionStore(), text, Date.now());
}
